// A minimal GraphQL-over-HTTP client for the API tests and the benchmark's checks.

export interface GqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

export interface GqlClient {
  query<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
}

export function gqlClient(url: string, bearerToken?: string): GqlClient {
  return {
    async query<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (bearerToken) headers.authorization = `Bearer ${bearerToken}`;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { data?: T | null; errors?: GqlError[] };
      return { status: res.status, data: body.data ?? undefined, errors: body.errors };
    },
  };
}
