// A stand-in for a paged list endpoint in unit tests: the items the query's filters keep, one page of them, and the total,
// as the services answer `?page=&size=` (the filters are the query's other parameters, each matched against a field).
export function pageOf<T extends object>(path: string, all: T[], filters: Record<string, keyof T>) {
  const q = new URLSearchParams(path.split('?')[1] ?? '');
  const page = Number(q.get('page') ?? 0);
  const size = Number(q.get('size') ?? 20);
  const wanted = all.filter((x) => Object.entries(filters).every(([param, fieldName]) => !q.get(param)
    || String(x[fieldName as keyof T]) === q.get(param)));
  return { items: wanted.slice(page * size, (page + 1) * size), page, size, totalItems: wanted.length };
}
