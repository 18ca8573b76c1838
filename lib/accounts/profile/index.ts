// The profile use cases, for pages, server actions and /api/v1/me.
export { getProfile, type Profile } from "./get-profile";
export { updateProfile } from "./update-profile";
export { updateAvatar, AVATAR_SIZE } from "./update-avatar";
export { listAddresses, createAddress, updateAddress, deleteAddress, setDefaultAddress, MAX_ADDRESSES, type AddressView } from "./address-book";
export { requestAccountDeletion, DELETED_EMAIL_DOMAIN } from "./request-account-deletion";
export { countries, countryName, isCountryCode, type Country } from "./countries";
export * from "./profile.schema";
