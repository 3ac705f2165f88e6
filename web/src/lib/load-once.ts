// A value loaded on first use (typically code behind a dynamic import, kept off the first
// screen): every caller shares one load; a failed load is forgotten, so the next call retries
// instead of failing for the rest of the page's life.

export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
