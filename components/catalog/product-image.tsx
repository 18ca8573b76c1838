import Image from "next/image";

/** Product imagery: shipped SVG illustrations are served as-is, uploaded photos go through next/image. */
export function ProductImage({ src, alt, sizes, priority, className }: { src: string; alt: string; sizes: string; priority?: boolean; className?: string }) {
  return (
    <Image
      src={src}
      alt={alt}
      fill
      sizes={sizes}
      priority={priority}
      unoptimized={src.endsWith(".svg")}
      className={`object-cover ${className ?? ""}`}
    />
  );
}
