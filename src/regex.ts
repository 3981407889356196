/** Text as a regular-expression source that matches exactly that text (every pattern character escaped). */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
