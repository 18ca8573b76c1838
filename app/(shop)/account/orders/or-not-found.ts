// Order pages answer someone else's order, like a missing one, with the 404 page.
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
