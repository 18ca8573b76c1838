/** A labelled input with its field-level error, wired for screen readers. */
export function TextField({ name, label, error, id = name, ...input }: { name: string; label: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={Boolean(error)} aria-describedby={error ? errorId : undefined} className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2" {...input} />
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
