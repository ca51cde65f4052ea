export interface RouteContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

export type View = (context: RouteContext) => Promise<Node> | Node;

interface RouteEntry {
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly view: View;
}

/** Hash routes ("#/article/abc?x=1"): the server only ever serves one page, and links work offline. */
export class Router {
  private readonly routes: RouteEntry[] = [];

  add(path: string, view: View): this {
    const names: string[] = [];
    const pattern = new RegExp(`^${path.replace(/:([a-z]+)/gi, (_match, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`);
    this.routes.push({ pattern, names, view });
    return this;
  }

  resolve(hash: string): { view: View; context: RouteContext } | undefined {
    const [path = '/', search = ''] = hash.replace(/^#/, '').split('?');
    for (const route of this.routes) {
      const match = route.pattern.exec(path || '/');
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
      return { view: route.view, context: { params, query: new URLSearchParams(search) } };
    }
    return undefined;
  }
}

export function link(path: string, query: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return `#${path}${search ? `?${search}` : ''}`;
}
