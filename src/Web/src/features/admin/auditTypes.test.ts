import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n';
import en from '../../i18n/locales/en.json';
import es from '../../i18n/locales/es.json';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from './auditTypes';

const LOCALES = { es, en } as const;

// The services' C# sources, read by Vite (the build's generated files left out).
const SERVICES = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['../../../../Services/**/*.cs', '../../../../BuildingBlocks/Agrovet.Contracts/Audit/*.cs', '!**/obj/**', '!**/bin/**'], {
      query: '?raw', import: 'default', eager: true,
    }),
  ).map(([path, text]) => [path.replace(/^(\.\.\/)+/, 'src/'), text]),
);

function source(path: string): string {
  const text = SERVICES[path];
  if (text === undefined) throw new Error(`${path} is gone: point this test at where the audit actions now live`);
  return text;
}

const constants = (text: string) => [...text.matchAll(/const string \w+ = "([a-z_]+)"/g)].map((m) => m[1]!);

/** What the services' sources say they write to the audit log. */
function actionsInServices(): Set<string> {
  const found = new Set<string>();
  // Literal actions: RecordAdminAction(actor, "update", ...).
  for (const text of Object.values(SERVICES)) {
    for (const m of text.matchAll(/RecordAdminAction\(\s*[^,()]+(?:\([^()]*\))?,\s*"([a-z_]+)"/g)) found.add(m[1]!);
  }
  // Actions held in constants and records.
  for (const action of constants(source('src/Services/Auth/Users/UserAuditChanges.cs'))) found.add(action);
  for (const action of constants(source('src/Services/Forum/Moderation/ModerationAction.cs'))) found.add(action);
  for (const m of source('src/Services/Marketplace/Orders/OrderAction.cs').matchAll(/new\("([a-z_]+)"/g)) found.add(m[1]!);
  // A report's resolution: resolve_report_{removed|dismissed}.
  const reports = source('src/Services/Forum/Moderation/ReportEndpoints.cs');
  expect(reports).toContain('$"resolve_report_{resolution}"');
  for (const m of reports.matchAll(/const string (?:Removed|Dismissed) = "([a-z_]+)"/g)) found.add(`resolve_report_${m[1]!}`);
  return found;
}

describe('the audit log in the admin', () => {
  it('has words for every action in every language', () => {
    for (const lng of LANGUAGES) {
      const labels = LOCALES[lng].enums.auditAction as Record<string, string | undefined>;
      const missing = AUDIT_ACTIONS.filter((action) => !labels[action]?.trim());
      expect(missing, `audit actions without words in ${lng}`).toEqual([]);
    }
  });

  it('has words for every kind of object in every language', () => {
    for (const lng of LANGUAGES) {
      const labels = LOCALES[lng].enums.auditObject as Record<string, string | undefined>;
      const missing = AUDIT_OBJECT_TYPES.filter((type) => !labels[type]?.trim());
      expect(missing, `audit object types without words in ${lng}`).toEqual([]);
    }
  });

  it('knows every object type the contracts name', () => {
    const contract = constants(source('src/BuildingBlocks/Agrovet.Contracts/Audit/AuditObjectTypes.cs'));
    expect(contract.length).toBeGreaterThan(5);
    expect([...AUDIT_OBJECT_TYPES].sort()).toEqual([...contract].sort());
  });

  it('knows every action the services record', () => {
    const found = actionsInServices();
    expect(found.size, 'actions found in the services (a broken scan would pass on nothing)').toBeGreaterThan(10);
    expect([...found].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action)).sort()).toEqual([]);
  });
});
