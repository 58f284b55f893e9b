/** per-build: a value computed once per build — the collections do not change while a build runs — and again on each request in dev. */
export function perBuild<T>(make: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | null = null;
  return () => {
    if (!cached || !import.meta.env.PROD) cached = make();
    return cached;
  };
}
