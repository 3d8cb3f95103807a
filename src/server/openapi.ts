// The OpenAPI 3.1 description of the API, served at /openapi.json. Kept beside the routes and
// checked by a test that every route of the app is described here.

import { VERSION } from '../index.js';
import {
  CATEGORY_WORDS as CATEGORIES,
  KIND_WORDS as KINDS,
  STANCE_WORDS as STANCES,
} from '../store/corrections.js';
import { BRIEF_LANGS, EXPORT_FORMATS } from './export.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK'): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = (...codes: number[]): Json =>
  Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/E${code}` }]));
const caseId: Json = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'integer' },
  description: 'case id',
};
const pathParam = (name: string, description: string): Json => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description,
});
const query = (name: string, description: string, schema: Json = { type: 'string' }): Json => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});
const body = (schema: Json): Json => ({ required: true, content: { 'application/json': { schema } } });
const write: Json = { security: [{ bearer: [] }] };

export const ROUTES: readonly (readonly [string, string])[] = [
  ['get', '/api/health'],
  ['get', '/api/cases'],
  ['post', '/api/cases'],
  ['get', '/api/cases/{id}'],
  ['get', '/api/cases/{id}/documents'],
  ['post', '/api/cases/{id}/documents'],
  ['get', '/api/cases/{id}/documents/{doc}'],
  ['patch', '/api/cases/{id}/documents/{doc}'],
  ['get', '/api/cases/{id}/claims'],
  ['get', '/api/cases/{id}/claims/{claim}'],
  ['patch', '/api/cases/{id}/claims/{claim}'],
  ['get', '/api/cases/{id}/corrections'],
  ['get', '/api/cases/{id}/incidents'],
  ['post', '/api/cases/{id}/incidents/merge'],
  ['post', '/api/cases/{id}/incidents/split'],
  ['get', '/api/cases/{id}/conflicts'],
  ['get', '/api/cases/{id}/timeline'],
  ['get', '/api/cases/{id}/estimates'],
  ['get', '/api/cases/{id}/entities'],
  ['post', '/api/cases/{id}/reanalyze'],
  ['get', '/api/cases/{id}/export'],
  ['get', '/api/cases/{id}/export/{format}'],
  ['get', '/api/cases/{id}/brief'],
];

export function openApiDocument(): Json {
  const list = (key: string, item: string): Json => ({
    type: 'object',
    required: [key],
    properties: { [key]: { type: 'array', items: ref(item) } },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'isnad',
      version: VERSION,
      description:
        'Cases of Arabic reports, their source-attributed claims (the JSON contract of isnad: claims, incidents, conflicts, estimates, timeline) and the analyst’s review. Writes need `Authorization: Bearer <token>` when the server was started with --token. Errors are `{error: {code, message}}`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        E400: json(ref('Error'), 'Bad request (code names the problem)'),
        E401: json(ref('Error'), 'The bearer token is missing or wrong'),
        E403: json(ref('Error'), 'The URL points at an internal address'),
        E404: json(ref('Error'), 'No such case, document, claim or incident'),
        E409: json(ref('Error'), 'A case of that name exists'),
        E413: json(ref('Error'), 'The body (or fetched page) is larger than the limit'),
        E422: json(ref('Error'), 'No document could be read'),
        E502: json(ref('Error'), 'The URL could not be fetched'),
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
        Case: {
          type: 'object',
          required: ['id', 'name', 'created', 'updated', 'documents', 'claims', 'linking'],
          properties: {
            id: { type: 'integer' },
            name: { type: 'string' },
            created: { type: 'string', format: 'date-time' },
            updated: { type: 'string', format: 'date-time' },
            documents: { type: 'integer' },
            claims: { type: 'integer' },
            linking: {
              type: 'string',
              enum: ['pending', 'fresh'],
              description:
                'fresh: incidents, conflicts and estimates cover every document; pending: a background linking is under way and reads show the last one',
            },
          },
        },
        NewDocument: {
          type: 'object',
          description:
            'One of text, html or url. With text or html, url is only recorded; alone it is fetched.',
          properties: {
            text: { type: 'string' },
            html: { type: 'string' },
            url: { type: 'string', format: 'uri' },
            id: { type: 'string' },
            source: { type: 'string', description: 'the outlet' },
            published: { type: 'string', format: 'date' },
          },
        },
        Added: {
          type: 'object',
          required: ['document', 'status', 'claims'],
          properties: {
            document: { type: 'string' },
            status: { enum: ['added', 'duplicate', 'failed'] },
            existing: { type: 'string', description: 'a duplicate: the document holding the same text' },
            claims: { type: 'integer' },
            message: { type: 'string' },
          },
        },
        DocumentSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            position: { type: 'integer' },
            source: { type: ['string', 'null'] },
            published: { type: ['string', 'null'] },
            url: { type: ['string', 'null'] },
            title: { type: ['string', 'null'] },
            status: { type: 'string' },
            republicationOf: { type: ['string', 'null'] },
            engine: { type: 'string' },
            claims: { type: 'integer' },
            hash: { type: 'string' },
            added: { type: 'string' },
            length: { type: 'integer' },
          },
        },
        Document: {
          allOf: [
            ref('DocumentSummary'),
            {
              type: 'object',
              properties: {
                text: {
                  type: 'string',
                  description: 'the original text; every span indexes into it (UTF-16)',
                },
                info: { type: 'object', description: 'the contract’s DocumentInfo' },
                pages: {
                  type: ['array', 'null'],
                  description: 'a paged source (a PDF): where each page sits in the text; null otherwise',
                  items: {
                    type: 'object',
                    properties: {
                      page: { type: 'integer' },
                      start: { type: 'integer' },
                      end: { type: 'integer' },
                    },
                  },
                },
                claims: { type: 'array', items: ref('Claim') },
                entities: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      id: { type: 'string' },
                      type: { type: 'string' },
                      name: { type: 'string' },
                      start: { type: 'integer' },
                      end: { type: 'integer' },
                      text: { type: 'string' },
                    },
                  },
                },
                dates: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      kind: { enum: ['date', 'duration'] },
                      start: { type: 'integer' },
                      end: { type: 'integer' },
                      text: { type: 'string' },
                      date: { type: ['string', 'null'] },
                      precision: { type: ['string', 'null'] },
                    },
                  },
                },
                diagnostics: { type: 'array', items: { type: 'object' } },
              },
            },
          ],
        },
        Claim: {
          type: 'object',
          description:
            'A claim of the JSON contract (CLAIMS.md), corrections applied, with the review: review (confirmed | rejected | null), corrected, machine (the reading before corrections), republication.',
          properties: {
            id: { type: 'string' },
            document: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            text: { type: 'string' },
            category: { enum: CATEGORIES },
            stance: { enum: STANCES },
            subject: {
              type: 'object',
              properties: {
                text: { type: 'string' },
                group: { type: ['string', 'null'] },
                kind: { enum: KINDS },
              },
            },
            quantity: ref('Figure'),
            attribution: { type: 'array', items: { type: 'object' } },
            incident: { type: 'string' },
            review: { enum: ['confirmed', 'rejected', null] },
            corrected: { type: 'boolean' },
            machine: { type: 'object' },
            republication: { type: 'string' },
          },
        },
        Figure: {
          type: 'object',
          properties: {
            low: { type: ['number', 'null'] },
            high: { type: ['number', 'null'] },
            point: { type: ['number', 'null'] },
            qualifier: { type: 'string' },
          },
        },
        Review: {
          type: 'object',
          description:
            'confirm, reject, reset (back to the machine’s reading), or correct fields (action may be left out when fields are given). Recorded with author (or the X-Isnad-Author header) and time.',
          properties: {
            action: { enum: ['confirm', 'reject', 'correct', 'reset'] },
            figure: { oneOf: [{ type: 'number' }, ref('Figure')] },
            category: { enum: CATEGORIES },
            group: { type: ['string', 'null'], description: 'the side the counted people belong to' },
            side: { type: ['string', 'null'], description: 'same as group' },
            kind: { enum: KINDS },
            stance: { enum: STANCES },
            speaker: {
              oneOf: [
                { type: 'string' },
                { type: 'object', properties: { name: { type: 'string' }, kind: { type: 'string' } } },
              ],
            },
            note: { type: 'string' },
            author: { type: 'string' },
          },
        },
        Correction: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            documentKey: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            category: { type: 'string', description: 'the machine’s category when the correction was made' },
            claimKey: { type: 'string' },
            action: { type: 'string' },
            changes: { type: 'object' },
            note: { type: ['string', 'null'] },
            author: { type: 'string' },
            createdAt: { type: 'string' },
            orphaned: { type: 'boolean', description: 'no claim at this key after the last reading' },
          },
        },
        Incident: {
          type: 'object',
          description: 'Incident of the contract; edited: true after a merge or split',
        },
        Conflict: { type: 'object', description: 'Conflict of the contract' },
        TimelineEntry: { type: 'object', description: 'TimelineEntry of the contract' },
        Estimate: { type: 'object', description: 'Estimate of the contract, with its incident' },
        Entity: { type: 'object', description: 'Entity of the contract' },
      },
    },
    paths: {
      '/api/health': {
        get: { summary: 'Liveness and version', responses: { 200: json({ type: 'object' }) } },
      },
      '/api/cases': {
        get: { summary: 'List cases', responses: { 200: json(list('cases', 'Case')) } },
        post: {
          ...write,
          summary: 'Create a case',
          requestBody: body({ type: 'object', required: ['name'], properties: { name: { type: 'string' } } }),
          responses: {
            201: json(
              { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' } } },
              'Created',
            ),
            ...errors(400, 401, 409, 413),
          },
        },
      },
      '/api/cases/{id}': {
        get: {
          summary: 'One case',
          parameters: [caseId],
          responses: { 200: json(ref('Case')), ...errors(404) },
        },
      },
      '/api/cases/{id}/documents': {
        get: {
          summary: 'List documents (no texts)',
          parameters: [
            caseId,
            query('q', 'search the folded text (Arabic letter forms, diacritics, tatweel, digits folded)'),
            query('limit', 'at most this many (default 1000)', { type: 'integer' }),
            query('offset', 'skip this many', { type: 'integer' }),
          ],
          responses: {
            200: json({
              type: 'object',
              properties: {
                total: { type: 'integer' },
                items: { type: 'array', items: ref('DocumentSummary') },
              },
            }),
            ...errors(404),
          },
        },
        post: {
          ...write,
          summary:
            'Add a report: JSON {text | html | url}, multipart file(s), or a file as the body (PDF, Word, text…; id, source, published, url in the query); read as `isnad ingest` reads files; the same content again is a no-op',
          parameters: [caseId],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('NewDocument') },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { type: 'string', format: 'binary' },
                    id: { type: 'string' },
                    source: { type: 'string' },
                    published: { type: 'string' },
                    url: { type: 'string' },
                  },
                },
              },
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
                schema: { type: 'string', format: 'binary' },
              },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          responses: {
            201: json(list('documents', 'Added'), 'Added (at least one document)'),
            200: json(list('documents', 'Added'), 'Every document was already in the case'),
            ...errors(400, 401, 403, 404, 413, 422, 502),
          },
        },
      },
      '/api/cases/{id}/documents/{doc}': {
        get: {
          summary: 'One document: text and every span (claims, entities, dates)',
          parameters: [caseId, pathParam('doc', 'document id')],
          responses: { 200: json(ref('Document')), ...errors(404) },
        },
        patch: {
          ...write,
          summary: 'Mark (or unmark with null) the document as a republication of another',
          parameters: [caseId, pathParam('doc', 'document id')],
          requestBody: body({
            type: 'object',
            required: ['republicationOf'],
            properties: { republicationOf: { type: ['string', 'null'] }, author: { type: 'string' } },
          }),
          responses: { 200: json(ref('Document')), ...errors(400, 401, 404) },
        },
      },
      '/api/cases/{id}/claims': {
        get: {
          summary: 'Claims, corrections applied, in reading order',
          parameters: [
            caseId,
            query('category', 'category'),
            query('group', 'side of the counted people (empty: none)'),
            query('stance', 'stance'),
            query('source', 'outlet of the document'),
            query('document', 'document id'),
            query('incident', 'incident id (empty: none)'),
            query('reviewed', 'true | false | confirmed | rejected | corrected'),
            query('limit', 'at most this many (default 10000)', { type: 'integer' }),
            query('offset', 'skip this many', { type: 'integer' }),
          ],
          responses: {
            200: json({
              type: 'object',
              properties: { total: { type: 'integer' }, items: { type: 'array', items: ref('Claim') } },
            }),
            ...errors(400, 404),
          },
        },
      },
      '/api/cases/{id}/claims/{claim}': {
        get: {
          summary: 'One claim with its review history',
          parameters: [caseId, pathParam('claim', 'claim id, URL-encoded (doc%231)')],
          responses: { 200: json(ref('Claim')), ...errors(404) },
        },
        patch: {
          ...write,
          summary: 'Review a claim: confirm, reject, correct fields, or reset',
          parameters: [caseId, pathParam('claim', 'claim id, URL-encoded')],
          requestBody: body(ref('Review')),
          responses: { 200: json(ref('Claim')), ...errors(400, 401, 404) },
        },
      },
      '/api/cases/{id}/corrections': {
        get: {
          summary: 'Every review recorded in the case',
          parameters: [caseId, query('orphaned', 'true: only those whose claim is gone after re-analysis')],
          responses: { 200: json(list('corrections', 'Correction')), ...errors(404) },
        },
      },
      '/api/cases/{id}/incidents': {
        get: {
          summary: 'Incidents',
          parameters: [caseId],
          responses: { 200: json(list('incidents', 'Incident')), ...errors(404) },
        },
      },
      '/api/cases/{id}/incidents/merge': {
        post: {
          ...write,
          summary: 'Merge incidents (kept by their documents across relinking)',
          parameters: [caseId],
          requestBody: body({
            type: 'object',
            required: ['incidents'],
            properties: { incidents: { type: 'array', items: { type: 'string' } }, note: { type: 'string' } },
          }),
          responses: {
            200: json({ type: 'object', properties: { incident: ref('Incident') } }),
            ...errors(400, 401, 404),
          },
        },
      },
      '/api/cases/{id}/incidents/split': {
        post: {
          ...write,
          summary: 'Take documents out of an incident into a new one',
          parameters: [caseId],
          requestBody: body({
            type: 'object',
            required: ['incident', 'documents'],
            properties: {
              incident: { type: 'string' },
              documents: { type: 'array', items: { type: 'string' } },
              note: { type: 'string' },
            },
          }),
          responses: { 200: json(list('incidents', 'Incident')), ...errors(400, 401, 404) },
        },
      },
      '/api/cases/{id}/conflicts': {
        get: {
          summary: 'Conflicts',
          parameters: [caseId],
          responses: { 200: json(list('conflicts', 'Conflict')), ...errors(404) },
        },
      },
      '/api/cases/{id}/timeline': {
        get: {
          summary: 'Timeline',
          parameters: [caseId],
          responses: { 200: json(list('timeline', 'TimelineEntry')), ...errors(404) },
        },
      },
      '/api/cases/{id}/estimates': {
        get: {
          summary: 'Every incident’s estimates (low, best, high per slot)',
          parameters: [caseId],
          responses: { 200: json(list('estimates', 'Estimate')), ...errors(404) },
        },
      },
      '/api/cases/{id}/entities': {
        get: {
          summary: 'Entities with their mentions',
          parameters: [caseId],
          responses: { 200: json(list('entities', 'Entity')), ...errors(404) },
        },
      },
      '/api/cases/{id}/reanalyze': {
        post: {
          ...write,
          summary: 'Read the documents again with this engine (all=true: every document)',
          parameters: [caseId, query('all', 'true: re-read every document, not only older readings')],
          responses: {
            200: json({
              type: 'object',
              properties: { documents: { type: 'integer' }, orphaned: { type: 'integer' } },
            }),
            ...errors(401, 404),
          },
        },
      },
      '/api/cases/{id}/export': {
        get: {
          summary: 'The case in an export format (corrections applied)',
          parameters: [caseId, query('format', 'export format', { enum: EXPORT_FORMATS, default: 'json' })],
          responses: { 200: { description: 'The export, as an attachment' }, ...errors(400, 404) },
        },
      },
      '/api/cases/{id}/export/{format}': {
        get: {
          summary:
            'The case in one format: acled and ucdp rows, airwars records, claimreview drafts, csv, ndjson, ' +
            'geojson, the brief as md or html (corrections applied)',
          parameters: [
            caseId,
            {
              name: 'format',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: EXPORT_FORMATS },
            },
            query('lang', 'the brief’s language', { enum: BRIEF_LANGS, default: 'en' }),
          ],
          responses: {
            200: {
              description: 'The export, as an attachment, with the format’s media type',
              content: {
                'text/csv': {},
                'application/json': {},
                'application/ld+json': {},
                'application/x-ndjson': {},
                'application/geo+json': {},
                'text/markdown': {},
                'text/html': {},
              },
            },
            ...errors(400, 404),
          },
        },
      },
      '/api/cases/{id}/brief': {
        get: {
          summary: 'The incident brief as data: per incident, sections of sentences citing their claims',
          parameters: [
            caseId,
            query('lang', 'ar (default) or en', { enum: ['ar', 'en'] }),
            query('digits', 'Arabic: latn (default) or arab digits', { enum: ['latn', 'arab'] }),
          ],
          responses: { 200: json({ type: 'object' }), ...errors(400, 404) },
        },
      },
    },
  };
}
