"use client";
// Uploads through POST /api/v1/me/avatar (the web session is accepted there): a server action
// could not take a 5 MB body. The server checks and resizes; the size check here only saves a wait.
import Image from "next/image";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

const MAX_BYTES = 5 * 1024 * 1024;

export function AvatarForm({ avatarUrl, name }: { avatarUrl: string | null; name: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = new FormData(form).get("file");
    if (!(file instanceof File) || file.size === 0) return setMessage({ ok: false, text: "Choose an image first." });
    if (file.size > MAX_BYTES) return setMessage({ ok: false, text: "That file is larger than 5 MB. Choose a smaller image." });
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch("/api/v1/me/avatar", { method: "POST", body: new FormData(form) });
      if (response.ok) {
        form.reset();
        setMessage({ ok: true, text: "Your new picture is saved." });
        router.refresh();
      } else {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setMessage({ ok: false, text: body?.error?.message ?? "The picture could not be saved. Please try again." });
      }
    } catch {
      setMessage({ ok: false, text: "The picture could not be sent. Check your connection and try again." });
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="avatar-heading" className="space-y-3">
      <h2 id="avatar-heading" className="font-semibold">
        Picture
      </h2>
      <div className="relative size-32 overflow-hidden rounded-full bg-stone-200">
        {avatarUrl ? (
          <Image src={avatarUrl} alt={`${name}'s picture`} width={128} height={128} unoptimized className="size-full object-cover" data-testid="avatar" />
        ) : (
          <span aria-hidden className="flex size-full items-center justify-center text-4xl font-bold text-stone-500">
            {name.slice(0, 1).toUpperCase()}
          </span>
        )}
      </div>
      <form onSubmit={upload} className="space-y-2">
        <label htmlFor="avatar-file" className="block text-sm font-medium">
          New picture
        </label>
        <input
          id="avatar-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby="avatar-help"
          className="block w-full text-sm file:mr-2 file:rounded-lg file:border-0 file:bg-stone-100 file:px-3 file:py-1.5"
        />
        <p id="avatar-help" className="text-xs text-stone-500">
          JPEG, PNG or WebP, at most 5 MB. Cropped to a square.
        </p>
        <button type="submit" disabled={pending} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400">
          {pending ? "Uploading…" : "Upload picture"}
        </button>
        {message ? (
          <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-green-800" : "text-red-700"}`}>
            {message.text}
          </p>
        ) : null}
      </form>
    </section>
  );
}
