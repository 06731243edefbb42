// schema.org JSON-LD for a report page: a search engine reads the document's type, publisher,
// date and subject from it. It is a data block (<script type="application/ld+json">), which
// browsers never run, so the Content-Security-Policy has nothing to allow.
import type { Entity, Report } from '../../core/schemas';
import { entityDisplayName, KIND_LABEL } from './format';
import { entityPath, reportPath } from './paths';

const OGL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

export function reportJsonLd(r: Report, entityById: ReadonlyMap<string, Entity>, site: string | URL): Record<string, unknown> {
  const url = (path: string) => new URL(path, site).href;
  const about = [...new Set([r.entity, ...r.verdicts.map((v) => v.entity)].filter((x): x is string => !!x))]
    .map((id) => entityById.get(id))
    .filter((e): e is Entity => !!e)
    .map((e) => ({ '@type': 'GovernmentOrganization', '@id': url(entityPath(e.id, e.type)), name: entityDisplayName(e.name, e.type), url: url(entityPath(e.id, e.type)) }));
  const publisher = { '@type': 'GovernmentOrganization', name: r.publisher };
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': url(reportPath(r.id)),
    url: url(reportPath(r.id)),
    name: r.title,
    headline: r.title.length <= 110 ? r.title : `${r.title.slice(0, 109)}…`,
    genre: KIND_LABEL[r.kind],
    inLanguage: 'en-GB',
    ...(r.published ? { datePublished: r.published } : {}),
    publisher,
    author: publisher,
    ...(about.length ? { about: about.length === 1 ? about[0] : about } : {}),
    ...(r.overall_rating ? { description: `${KIND_LABEL[r.kind]}. Overall rating: ${r.overall_rating}.` } : {}),
    copyrightNotice: '© Crown copyright',
    license: OGL,
  };
}

/** JSON for inside <script>: "<" escaped, so no text of a document can end the element or open a comment. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
