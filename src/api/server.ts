import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../model';
import { buildApiSchema, type ApiContext } from './api-schema';
import { bearerTokenMatches } from './bearer-token';
import { compiledExecution } from './compiled-execution';
import { EvidenceLoader } from './evidence-loader';
import { formatApiError } from './format-error';
import { QueryRunner } from './query-runner';
import { LIMITS, pageSizePlugin, validationRules } from './limits';
import { logDetailsPlugin, writeGuardPlugin, type RequestLog } from './request-plugins';

export interface ApiServerOptions {
  /** 0 picks a free port (tests). Default 4000. */
  port?: number;
  /** Default 127.0.0.1; `0.0.0.0` to serve other machines. */
  host?: string;
  database?: string;
  /** Expose generated create/update/delete mutations; requires `token`. */
  enableWrites?: boolean;
  /** Bearer token that mutations must carry (KG_API_TOKEN). */
  token?: string;
  /** Neo4j stops a statement of the API running longer than this (ms). Default 10 s. */
  queryTimeoutMs?: number;
  /**
   * Origins whose web pages may call the API from a browser (CORS), or `*` for any; by default
   * none, so a page on another origin cannot read its answers.
   */
  corsOrigins?: string[];
  /** Receives one JSON line per request. Default: nothing is logged. */
  log?: (line: string) => void;
}

export interface ApiServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts the GraphQL API over `driver`: POST/GET /graphql (Apollo), GET /health (asks Neo4j).
 * The caller owns the driver and closes it after `stop()`.
 */
export async function createApiServer(driver: Driver, options: ApiServerOptions = {}): Promise<ApiServer> {
  const enableWrites = options.enableWrites ?? false;
  if (enableWrites && !options.token) {
    throw new KgError('KG_USAGE', 'writes need authentication: set KG_API_TOKEN to the bearer token clients must send');
  }
  const schema = await buildApiSchema(driver, { enableWrites });
  const log = options.log ?? (() => undefined);
  const queryTimeoutMs = options.queryTimeoutMs ?? 10_000;
  const runner = new QueryRunner(driver, { database: options.database, timeoutMs: queryTimeoutMs });
  const apollo = new ApolloServer<ApiContext>({
    gateway: compiledExecution(schema),
    // Introspection stays on: this is a data API for analysts, whose tools read the schema.
    introspection: true,
    // The caller owns the lifecycle (kg serve, kg demo stop Neo4j after the API): Apollo's own
    // SIGINT handler would stop the server and re-raise the signal before they get the chance.
    stopOnTerminationSignals: false,
    validationRules: validationRules(),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints in this schema: the plugin would only cost a hook call per field.
      ApolloServerPluginCacheControlDisabled(),
      pageSizePlugin(),
      logDetailsPlugin(),
      writeGuardPlugin(enableWrites),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: formatApiError(log, queryTimeoutMs),
  });
  await apollo.start();

  const allowOrigins = corsPolicy(options.corsOrigins);

  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const details: RequestLog = {};
    try {
      if (allowOrigins && (await allowOrigins(req, res)) === 'answered') return;
      await route(req, res, details);
    } catch (e) {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'internal server error' }] });
      details.errors = (details.errors ?? 0) + 1;
      log(JSON.stringify({ level: 'error', msg: e instanceof Error ? e.message : String(e) }));
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          method: req.method,
          path: (req.url ?? '').split('?')[0],
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
          ...details,
        }),
      );
    }
  };

  async function route(req: IncomingMessage, res: ServerResponse, details: RequestLog): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      return health(res);
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      return sendJson(res, 404, { error: 'not found: use /graphql or /health' });
    }
    const body = await readBody(req);
    if (body === undefined) return sendJson(res, 413, { errors: [{ message: `request body over ${LIMITS.maxBodyBytes} bytes` }] });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = body;
    if (body.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => ({
        runner,
        evidence: new EvidenceLoader(runner),
        transaction: { timeout: queryTimeoutMs },
        authenticated: enableWrites && bearerTokenMatches(headers.get('authorization'), options.token),
        sessionConfig: options.database ? { database: options.database } : undefined,
        requestLog: details,
      }),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  async function health(res: ServerResponse): Promise<void> {
    try {
      await driver.executeQuery('RETURN 1 AS ok', {}, { database: options.database, routing: 'READ' });
      sendJson(res, 200, { status: 'ok', neo4j: 'up' });
    } catch (e) {
      sendJson(res, 503, { status: 'unavailable', neo4j: 'down', error: e instanceof Error ? e.message : String(e) });
    }
  }

  const http: Server = createServer((req, res) => void handler(req, res));
  const port = options.port ?? 4000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', (e) => reject(new KgError('KG_USAGE', `cannot listen on ${host}:${port}: ${e.message}`, {}, { cause: e })));
    http.listen(port, host, () => resolve());
  });
  const actualPort = (http.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}/graphql`,
    port: actualPort,
    async stop() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

/**
 * The `cors` middleware for the listed origins: sets the headers of an allowed origin and
 * answers preflight (OPTIONS) requests itself, which then need nothing else.
 */
function corsPolicy(origins: string[] | undefined) {
  if (!origins?.length) return undefined;
  const middleware = cors({
    origin: origins.includes('*') ? '*' : origins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight'],
    maxAge: 600,
  });
  return (req: IncomingMessage, res: ServerResponse) =>
    new Promise<'answered' | 'go on'>((resolve) => {
      middleware(req, res, () => resolve('go on'));
      if (res.writableEnded) resolve('answered');
    });
}

/** Reads the body as text; undefined when it is over the size limit. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMITS.maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
