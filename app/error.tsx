"use client";

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-2 text-stone-600">Please try again. If it keeps happening, quote this reference: {error.digest ?? "unknown"}.</p>
      <button onClick={reset} className="mt-6 rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">Try again</button>
    </main>
  );
}
