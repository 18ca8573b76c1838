// Server actions end in Next's redirect, which throws; tests read where it pointed from its digest.

/** Runs the action and returns where it redirected to; fails when it did not redirect. */
export async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = (await run.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  const match = /^NEXT_REDIRECT;[a-z]+;([^;]+);/.exec(error?.digest ?? "");
  if (!match) throw new Error(`expected a redirect, got ${String(error)}`);
  return match[1]!;
}
