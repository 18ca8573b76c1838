"use client";

import { useRef, useState } from "react";
import { ProductImage } from "./product-image";

export interface GalleryImage {
  id: string;
  url: string;
  alt: string;
}

/** The main photo and a strip of thumbnails; arrow keys, Home and End move between thumbnails. */
export function Gallery({ images, title }: { images: readonly GalleryImage[]; title: string }) {
  const [index, setIndex] = useState(0);
  const thumbs = useRef<(HTMLButtonElement | null)[]>([]);
  const altFor = (image: GalleryImage, i: number) => image.alt || (images.length > 1 ? `${title}, photo ${i + 1} of ${images.length}` : title);
  const current = images[index] ?? images[0];

  if (!current) {
    return (
      <div className="flex aspect-square items-center justify-center rounded-2xl border border-stone-200 bg-stone-100 text-sm text-stone-500">
        No photos yet
      </div>
    );
  }

  const show = (next: number) => {
    const wrapped = (next + images.length) % images.length;
    setIndex(wrapped);
    thumbs.current[wrapped]?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: images.length - 1 };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(next);
  };

  return (
    <div className="space-y-3">
      <div className="relative aspect-square overflow-hidden rounded-2xl border border-stone-200 bg-white">
        <ProductImage key={current.id} src={current.url} alt={altFor(current, index)} sizes="(min-width: 1024px) 50vw, 100vw" priority={index === 0} />
      </div>
      {images.length > 1 ? (
        <ul className="grid grid-cols-5 gap-2" aria-label="Choose a photo" onKeyDown={onKeyDown}>
          {images.map((image, i) => (
            <li key={image.id}>
              <button
                type="button"
                ref={(element) => {
                  thumbs.current[i] = element;
                }}
                onClick={() => setIndex(i)}
                aria-label={`Show photo ${i + 1} of ${images.length}`}
                aria-current={i === index ? "true" : undefined}
                className={`relative block aspect-square w-full overflow-hidden rounded-lg border-2 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 ${
                  i === index ? "border-brand-600" : "border-stone-200 hover:border-stone-400"
                }`}
              >
                <ProductImage src={image.url} alt="" sizes="20vw" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
