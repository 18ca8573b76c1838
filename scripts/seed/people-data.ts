// Who lives in the demo marketplace: the stores and their sellers, buyer names and addresses.

export interface StoreDef {
  slug: string;
  name: string;
  description: string;
  /** Short prefix for SKUs. */
  sku: string;
  sellerName: string;
  /** Top-level category slugs the store sells in. */
  sells: string[];
  standard: { rateCents: number; freeOverCents: number; minDays: number; maxDays: number };
  express: { rateCents: number; minDays: number; maxDays: number };
}

export const STORES: StoreDef[] = [
  {
    slug: "northwind-outfitters",
    name: "Northwind Outfitters",
    description:
      "Clothing and outdoor gear from a small team in Portland. We design for long walks, wet weekends and everything in between, and we repair what we sell.",
    sku: "NWO",
    sellerName: "Hannah Reyes",
    sells: ["fashion", "sports-outdoors"],
    standard: { rateCents: 499, freeOverCents: 7500, minDays: 3, maxDays: 6 },
    express: { rateCents: 1299, minDays: 1, maxDays: 2 },
  },
  {
    slug: "voltline-electronics",
    name: "Voltline Electronics",
    description:
      "New and certified-refurbished phones, laptops and audio. Every refurbished device is tested on 60 points and comes with a 12-month warranty.",
    sku: "VLT",
    sellerName: "Marcus Chen",
    sells: ["electronics", "music"],
    standard: { rateCents: 599, freeOverCents: 4900, minDays: 2, maxDays: 5 },
    express: { rateCents: 1499, minDays: 1, maxDays: 1 },
  },
  {
    slug: "hearth-and-grain",
    name: "Hearth & Grain",
    description:
      "Furniture, kitchenware and decor made by independent makers. Solid wood, real linen and stoneware fired in small kilns: things that get better with use.",
    sku: "HNG",
    sellerName: "Sofia Lindqvist",
    sells: ["home-living"],
    standard: { rateCents: 695, freeOverCents: 10000, minDays: 3, maxDays: 7 },
    express: { rateCents: 1995, minDays: 1, maxDays: 3 },
  },
  {
    slug: "paper-lantern-books",
    name: "Paper Lantern Books & Games",
    description:
      "An independent bookshop with a soft spot for board games. New and second-hand books, puzzles and toys, hand-picked and wrapped with care.",
    sku: "PLB",
    sellerName: "Owen Gallagher",
    sells: ["books", "toys-games"],
    standard: { rateCents: 399, freeOverCents: 3500, minDays: 2, maxDays: 5 },
    express: { rateCents: 999, minDays: 1, maxDays: 2 },
  },
  {
    slug: "bloom-apothecary",
    name: "Bloom Apothecary",
    description:
      "Small-batch skincare, fragrance and home scents. Vegan, cruelty-free and packed in glass and aluminium you can recycle.",
    sku: "BLM",
    sellerName: "Amara Okafor",
    sells: ["beauty", "home-living"],
    standard: { rateCents: 450, freeOverCents: 5000, minDays: 2, maxDays: 4 },
    express: { rateCents: 1150, minDays: 1, maxDays: 2 },
  },
  {
    slug: "low-tide-music",
    name: "Low Tide Music Co.",
    description:
      "Guitars, keys, studio gear and records, new and pre-loved. Every instrument is set up in our workshop before it ships.",
    sku: "LTM",
    sellerName: "Diego Marín",
    sells: ["music", "electronics"],
    standard: { rateCents: 999, freeOverCents: 15000, minDays: 3, maxDays: 6 },
    express: { rateCents: 2499, minDays: 1, maxDays: 2 },
  },
];

export const APPLICANT_STORE = {
  slug: "copper-kettle-vintage",
  name: "Copper Kettle Vintage",
  description: "Restored mid-century homeware and vintage finds. Application under review.",
  sellerName: "Priya Natarajan",
};

export const FIRST_NAMES = [
  "Maya", "Liam", "Zoe", "Noah", "Aisha", "Lucas", "Emma", "Mateo", "Chloe", "Ethan",
  "Nina", "Felix", "Grace", "Omar", "Lena", "Samuel", "Ivy", "Jonas", "Clara", "Theo",
  "Ruby", "Kai", "Elena", "Hugo", "Mila", "Leo", "Ava", "Arjun", "Freya", "Tomás",
];

export const LAST_NAMES = [
  "Thompson", "Nguyen", "Schmidt", "Dubois", "Rossi", "García", "Kowalski", "Andersson", "Patel", "Murphy",
  "Okonkwo", "Silva", "Jensen", "Haddad", "Tanaka", "Moreau", "Fischer", "Walsh", "Costa", "Bennett",
];

export interface CountryDef {
  code: string;
  taxBps: number;
  taxLabel: string;
  carriers: string[];
  streets: string[];
  /** Street number before (US style) or after (continental style) the street name. */
  numberFirst: boolean;
  places: { city: string; region: string | null; postalCode: string }[];
  phonePrefix: string;
}

export const COUNTRIES: CountryDef[] = [
  {
    code: "US", taxBps: 700, taxLabel: "Sales tax", carriers: ["UPS", "USPS", "FedEx"], numberFirst: true, phonePrefix: "+1 503 555",
    streets: ["Oak Street", "Maple Avenue", "Cedar Lane", "Hawthorne Blvd", "Pine Street", "Lakeview Drive"],
    places: [
      { city: "Portland", region: "OR", postalCode: "97214" },
      { city: "Austin", region: "TX", postalCode: "78704" },
      { city: "Brooklyn", region: "NY", postalCode: "11215" },
      { city: "Denver", region: "CO", postalCode: "80205" },
      { city: "Madison", region: "WI", postalCode: "53703" },
    ],
  },
  {
    code: "GB", taxBps: 2000, taxLabel: "VAT", carriers: ["Royal Mail", "DPD"], numberFirst: true, phonePrefix: "+44 20 7946",
    streets: ["Church Road", "Station Road", "Victoria Street", "Mill Lane"],
    places: [
      { city: "Bristol", region: null, postalCode: "BS1 5TR" },
      { city: "Manchester", region: null, postalCode: "M4 1HN" },
      { city: "London", region: null, postalCode: "E8 3RL" },
    ],
  },
  {
    code: "DE", taxBps: 1900, taxLabel: "MwSt.", carriers: ["DHL"], numberFirst: false, phonePrefix: "+49 30 5557",
    streets: ["Lindenstraße", "Bergstraße", "Schillerstraße", "Gartenweg"],
    places: [
      { city: "Berlin", region: "Berlin", postalCode: "10437" },
      { city: "Hamburg", region: "Hamburg", postalCode: "20357" },
      { city: "München", region: "Bayern", postalCode: "80469" },
    ],
  },
  {
    code: "FR", taxBps: 2000, taxLabel: "TVA", carriers: ["La Poste", "DHL"], numberFirst: true, phonePrefix: "+33 1 5555",
    streets: ["Rue de la République", "Avenue Jean Jaurès", "Rue Victor Hugo"],
    places: [
      { city: "Lyon", region: null, postalCode: "69003" },
      { city: "Paris", region: null, postalCode: "75011" },
      { city: "Bordeaux", region: null, postalCode: "33000" },
    ],
  },
  {
    code: "CA", taxBps: 1300, taxLabel: "GST/HST", carriers: ["Canada Post", "UPS"], numberFirst: true, phonePrefix: "+1 416 555",
    streets: ["Queen Street West", "Bloor Street", "Main Street"],
    places: [
      { city: "Toronto", region: "ON", postalCode: "M6J 1H4" },
      { city: "Montréal", region: "QC", postalCode: "H2T 1S6" },
    ],
  },
  {
    code: "NL", taxBps: 2100, taxLabel: "BTW", carriers: ["PostNL", "DHL"], numberFirst: false, phonePrefix: "+31 20 555",
    streets: ["Prinsengracht", "Kerkstraat", "Dorpsstraat"],
    places: [
      { city: "Amsterdam", region: null, postalCode: "1016 GV" },
      { city: "Utrecht", region: null, postalCode: "3511 LN" },
    ],
  },
  {
    code: "ES", taxBps: 2100, taxLabel: "IVA", carriers: ["Correos", "DHL"], numberFirst: false, phonePrefix: "+34 91 555",
    streets: ["Calle Mayor", "Calle del Sol", "Avenida de la Constitución"],
    places: [
      { city: "Madrid", region: "Madrid", postalCode: "28013" },
      { city: "Valencia", region: "Valencia", postalCode: "46002" },
    ],
  },
  {
    code: "IT", taxBps: 2200, taxLabel: "IVA", carriers: ["Poste Italiane", "DHL"], numberFirst: false, phonePrefix: "+39 02 5555",
    streets: ["Via Roma", "Via Garibaldi", "Corso Italia"],
    places: [
      { city: "Milano", region: "MI", postalCode: "20121" },
      { city: "Bologna", region: "BO", postalCode: "40125" },
    ],
  },
  {
    code: "AU", taxBps: 1000, taxLabel: "GST", carriers: ["Australia Post"], numberFirst: true, phonePrefix: "+61 2 5550",
    streets: ["George Street", "King Street", "Beach Road"],
    places: [
      { city: "Sydney", region: "NSW", postalCode: "2010" },
      { city: "Melbourne", region: "VIC", postalCode: "3065" },
    ],
  },
  {
    code: "SE", taxBps: 2500, taxLabel: "Moms", carriers: ["PostNord"], numberFirst: false, phonePrefix: "+46 8 555",
    streets: ["Storgatan", "Drottninggatan", "Kungsgatan"],
    places: [{ city: "Stockholm", region: null, postalCode: "111 51" }],
  },
];

/** Where buyers live: mostly the US, then the UK and Europe. */
export const COUNTRY_WEIGHTS: Record<string, number> = { US: 40, GB: 15, DE: 10, FR: 8, CA: 7, NL: 5, ES: 5, IT: 4, AU: 4, SE: 2 };
