// Reading a submitted form in server actions: a field is its text, or "" when absent or a file.
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
