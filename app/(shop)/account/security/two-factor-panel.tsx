"use client";
// Two-factor sign-in: set up (QR code and the secret as text, then a code to confirm), the recovery
// codes shown once, and turning it off with a code.
import Image from "next/image";
import { useRouter } from "next/navigation";
import { useActionState, useState, useTransition } from "react";
import { fieldError, FormMessage, SubmitButton } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction, type EnrollmentStart } from "./actions";

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="mt-4 space-y-3">
      <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
        Two-factor sign-in is on.
      </p>
      <p className="text-sm">
        Save these recovery codes somewhere safe. Each one signs you in once if you lose your phone. <strong>They will not be shown again.</strong>
      </p>
      <ul className="grid max-w-sm grid-cols-2 gap-2 rounded-lg bg-stone-100 p-3 font-mono text-sm" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex gap-3">
        <button
          type="button"
          onClick={() => void navigator.clipboard?.writeText(codes.join("\n"))}
          className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:border-brand-500"
        >
          Copy codes
        </button>
        <button type="button" onClick={onDone} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          I have saved them
        </button>
      </div>
    </div>
  );
}

function Enrollment() {
  const router = useRouter();
  const [started, setStarted] = useState<EnrollmentStart | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, startTransition] = useTransition();
  const [confirmed, confirmAction, confirming] = useActionState(confirmTwoFactorAction, null);
  const [code, setCode] = useState("");

  if (confirmed?.ok) return <RecoveryCodes codes={confirmed.data.recoveryCodes} onDone={() => router.refresh()} />;

  if (!started) {
    return (
      <div className="mt-2 space-y-3">
        <p className="text-sm text-stone-600">Off. Add a code from an authenticator app (such as 1Password, Google Authenticator or Aegis) to every sign-in.</p>
        <button
          type="button"
          disabled={starting}
          onClick={() =>
            startTransition(async () => {
              const result = await startTwoFactorAction();
              if (result.ok) {
                setStarted(result.data);
                setStartError(null);
              } else setStartError(result.message);
            })
          }
          className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400"
        >
          {starting ? "Preparing…" : "Set up two-factor sign-in"}
        </button>
        {startError ? (
          <p role="alert" className="text-sm text-red-700">
            {startError}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="mt-3 grid gap-6 md:grid-cols-[auto_1fr]">
      <Image src={started.qrCodeDataUrl} alt="QR code to scan with your authenticator app" width={200} height={200} unoptimized className="rounded-lg border border-stone-200" />
      <div className="space-y-4">
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          <li>Scan the QR code with your authenticator app.</li>
          <li>
            Or type this key in by hand:{" "}
            <code className="break-all rounded bg-stone-100 px-1.5 py-0.5 font-mono text-sm" data-testid="two-factor-secret">
              {started.secret.replace(/(.{4})/g, "$1 ").trim()}
            </code>
          </li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        <form action={confirmAction} className="max-w-xs space-y-3" noValidate>
          <TextField
            name="code"
            label="Code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={fieldError(confirmed, "code")}
          />
          <FormMessage result={confirmed} fieldNames={["code"]} />
          <SubmitButton pending={confirming} label="Turn on" pendingLabel="Checking…" />
        </form>
      </div>
    </div>
  );
}

function Disable({ recoveryCodesLeft }: { recoveryCodesLeft: number }) {
  const [result, formAction, pending] = useActionState(disableTwoFactorAction, null);
  const [code, setCode] = useState("");
  return (
    <div className="mt-2 space-y-3">
      <p className="text-sm text-stone-600">
        <span className="font-semibold text-green-800">On.</span> Signing in asks for a code from your authenticator app.{" "}
        {recoveryCodesLeft === 1 ? "1 recovery code left." : `${recoveryCodesLeft} recovery codes left.`}
        {recoveryCodesLeft <= 3 ? " Turn two-factor off and on again to get new recovery codes." : null}
      </p>
      <form action={formAction} className="max-w-xs space-y-3" noValidate>
        <TextField
          name="code"
          label="Code from the app, or a recovery code"
          autoComplete="one-time-code"
          maxLength={64}
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={fieldError(result, "code")}
        />
        <FormMessage result={result} fieldNames={["code"]} />
        <button type="submit" disabled={pending} className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:border-red-400 hover:text-red-700 disabled:text-stone-400">
          {pending ? "Turning off…" : "Turn off two-factor sign-in"}
        </button>
      </form>
    </div>
  );
}

export function TwoFactorPanel({ enabled, recoveryCodesLeft }: { enabled: boolean; recoveryCodesLeft: number }) {
  // Keyed on the state, so switching on or off starts the other panel afresh.
  return enabled ? <Disable key="on" recoveryCodesLeft={recoveryCodesLeft} /> : <Enrollment key="off" />;
}
