import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * Checks real responses against the OpenAPI document the API serves: the status must be
 * declared for the operation, and the media type, the required headers and the body must be
 * what that status declares. Every response of `clientFor` goes through it.
 */

interface HeaderObject {
  required?: boolean;
  schema?: unknown;
  $ref?: string;
}
interface ResponseObject {
  headers?: Record<string, HeaderObject>;
  content?: Record<string, { schema?: unknown }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; responses: Record<string, ResponseObject> }>>;
  components?: { headers?: Record<string, HeaderObject> };
}

export interface ObservedResponse {
  method: string;
  /** The request path, without the query. */
  path: string;
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  text: string;
}

const DOCUMENT_ID = 'tasklane-openapi';
// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

export interface Contract {
  /** Throws, naming the operation and what differs, when the response is outside the document. */
  check(response: ObservedResponse): void;
}

const pointer = (...segments: string[]) =>
  segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

/** A checker over `document` (the body of GET /openapi.json). */
export function contractOf(document: OpenApiDocument): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addFormat('password', true);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (ref: string) => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };
  // Literal segments before templates, so `/v1/me/tasks` never matches a `{param}` of another path.
  const templates = Object.keys(document.paths)
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    }))
    .sort((a, b) => a.params - b.params);
  const resolveHeader = (header: HeaderObject): HeaderObject => {
    const name = header.$ref?.replace('#/components/headers/', '');
    return name ? (document.components?.headers?.[name] ?? {}) : header;
  };

  return {
    check(response) {
      const method = response.method.toLowerCase();
      const where = `${response.method} ${response.path} → ${response.status}`;
      const match = templates.find((entry) => entry.pattern.test(response.path));
      const operation = match ? document.paths[match.template]?.[method] : undefined;
      if (!match || !operation) {
        // Outside every operation the API may only say so: 404 for an unknown path, 405 for a method.
        const expected = match ? 405 : 404;
        if (response.status !== expected || !isProblem(response)) {
          throw new Error(`${where}: no operation in the document, and not a ${expected} problem`);
        }
        return;
      }
      const name = operation.operationId ?? `${method} ${match.template}`;
      const declared = operation.responses[String(response.status)] ?? operation.responses.default;
      if (!declared) {
        const statuses = Object.keys(operation.responses).join(', ');
        throw new Error(`${where}: ${name} does not declare ${response.status} (it declares ${statuses})`);
      }
      const failures: string[] = [];
      for (const [header, definition] of Object.entries(declared.headers ?? {})) {
        const resolved = resolveHeader(definition);
        const value = response.headers.get(header);
        if (value === null) {
          if (resolved.required) failures.push(`required header ${header} is missing`);
          continue;
        }
        if (resolved.schema && !ajv.validate(resolved.schema as object, value)) {
          failures.push(`header ${header}: ${ajv.errorsText(ajv.errors)} (${value})`);
        }
      }
      const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const media = declared.content ? Object.keys(declared.content) : [];
      if (media.length === 0) {
        if (response.text.length > 0) failures.push(`declares no body but got ${contentType || 'one'}`);
      } else if (!media.includes(contentType)) {
        failures.push(`media type ${contentType || 'none'} is not among ${media.join(', ')}`);
      } else if (declared.content?.[contentType]?.schema) {
        const validate = validatorAt(
          `${pointer(
            'paths',
            match.template,
            method,
            'responses',
            String(response.status),
            'content',
            contentType,
          )}/schema`,
        );
        if (!validate(response.body)) {
          failures.push(`body: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`);
        }
      }
      if (failures.length > 0) {
        throw new Error(`${where}: the response is not what ${name} declares:\n- ${failures.join('\n- ')}`);
      }
    },
  };
}

function isProblem(response: ObservedResponse): boolean {
  const type = response.headers.get('content-type') ?? '';
  const body = response.body as { status?: unknown; code?: unknown } | null;
  return (
    type.startsWith('application/problem+json') &&
    typeof body === 'object' &&
    body !== null &&
    body.status === response.status &&
    typeof body.code === 'string'
  );
}

const contracts = new WeakMap<object, Promise<Contract>>();

/** The contract of the API `api.fetch` reaches, read once from its /openapi.json. */
export function contractAt(api: {
  baseUrl: string;
  fetch: (url: string) => Promise<Response>;
}): Promise<Contract> {
  let contract = contracts.get(api);
  if (!contract) {
    contract = api
      .fetch(`${api.baseUrl}/openapi.json`)
      .then((response) => response.json() as Promise<OpenApiDocument>)
      .then(contractOf);
    contracts.set(api, contract);
  }
  return contract;
}
