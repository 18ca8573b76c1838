// Google / GitHub buttons, rendered only for the providers whose keys are configured.
import { signIn } from "@/lib/auth/next-auth";

const labels = { google: "Continue with Google", github: "Continue with GitHub" } as const;

export function ProviderButtons({ providers, callbackUrl }: { providers: (keyof typeof labels)[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="mt-6 space-y-2">
      <p className="text-center text-xs uppercase tracking-wide text-stone-500">or</p>
      {providers.map((provider) => (
        <form
          key={provider}
          action={async () => {
            "use server";
            await signIn(provider, { redirectTo: callbackUrl });
          }}
        >
          <button type="submit" className="w-full rounded-lg border border-stone-300 bg-white py-2.5 font-semibold hover:bg-stone-50">
            {labels[provider]}
          </button>
        </form>
      ))}
    </div>
  );
}
