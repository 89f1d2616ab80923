// Ten times the rows the pages show, inside the demo users' own scopes: every partner gets nine look-alikes (same CAM,
// region, status and track, so the CAM's, PHD's, PS coordinator's and admin's lists grow tenfold), and the rows a
// company, a person or a record owns (users, licenses, SOWs, agreements accepted, legal requests, history, emails,
// notifications, invitations, certifications, agreement versions) nine more copies each, beside the originals; the
// look-alike companies also hold their originals' company certifications and award cases.
// Copies are made inside PostgreSQL by INSERT ... SELECT, one statement per table, whatever the columns are.
import pg from "pg";

const COPIES = 9;

interface CopyRule {
  table: string;
  /** SQL per column for copy number `k` of row `r`; other columns keep the row's value, and `id` gets a suffix. */
  vary?: Record<string, string>;
  where?: string;
}

const suffixed = (column: string) => `r."${column}" || '-g' || k`;

const RULES: CopyRule[] = [
  {
    table: "Partner",
    vary: { legalName: `r."legalName" || ' ' || k`, websiteDomain: `k || '.' || r."websiteDomain"`, logoFileId: "NULL" },
  },
  // The look-alike companies accept the same agreements as their originals.
  { table: "AgreementAcceptance", vary: { partnerId: suffixed("partnerId") } },
  { table: "User", vary: { email: `'g' || k || '.' || r.email` }, where: `r.role IN ('PARTNER_USER', 'PARTNER_ADMIN')` },
  // Each look-alike company's people hold their originals' certifications (one person earns one once per issue date).
  {
    table: "EarnedCertification",
    vary: { userId: suffixed("userId"), partnerId: suffixed("partnerId"), badgeToken: suffixed("badgeToken") },
  },
  { table: "CompanyCertification", vary: { partnerId: suffixed("partnerId") } },
  { table: "AwardCase", vary: { partnerId: suffixed("partnerId") } },
  {
    table: "CertificationStep",
    vary: { userId: suffixed("userId"), partnerId: suffixed("partnerId"), externalId: suffixed("externalId"), certificateFileId: "NULL" },
  },
  { table: "NfrLicense", vary: { requestId: "NULL", licenseKey: suffixed("licenseKey"), referenceNumber: suffixed("referenceNumber") } },
  { table: "PrimeSow", vary: { number: suffixed("number") } },
  // The look-alike subcontractors' consultants, so the consultants' board and list grow tenfold (accounts stay unlinked).
  { table: "Consultant", vary: { partnerId: suffixed("partnerId"), userId: "NULL" } },
  { table: "LegalRequest" },
  { table: "AuditEvent" },
  { table: "OutboxEmail" },
  { table: "Notification" },
  { table: "OneTimeToken", vary: { tokenHash: suffixed("tokenHash") }, where: `r.purpose = 'INVITATION'` },
];

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  if (rows.length === 0) throw new Error(`No table "${table}" to grow.`);
  return rows.map((row) => row.column_name);
}

async function copyRows(client: pg.Client, rule: CopyRule): Promise<void> {
  const columns = await columnsOf(client, rule.table);
  const values = columns.map((column) => rule.vary?.[column] ?? (column === "id" ? suffixed("id") : `r."${column}"`));
  await client.query(
    `INSERT INTO "${rule.table}" (${columns.map((column) => `"${column}"`).join(", ")})
     SELECT ${values.join(", ")} FROM "${rule.table}" r CROSS JOIN generate_series(1, ${COPIES}) AS k
     ${rule.where ? `WHERE ${rule.where}` : ""}`,
  );
}

/**
 * Agreement versions: each template gets nine older published versions per version it has. The existing numbers move
 * up first, so the current version and the draft stay what they were.
 */
async function growAgreementVersions(client: pg.Client): Promise<void> {
  const offset = 10 * (COPIES + 1);
  await client.query(`UPDATE "AgreementVersion" SET version = version + ${offset}`);
  const columns = await columnsOf(client, "AgreementVersion");
  const vary: Record<string, string> = {
    id: suffixed("id"),
    version: `(r.version - ${offset}) * ${COPIES} - k + 1`,
    publishedAt: `COALESCE(r."publishedAt", r."createdAt") - make_interval(days => k)`,
  };
  await client.query(
    `INSERT INTO "AgreementVersion" (${columns.map((column) => `"${column}"`).join(", ")})
     SELECT ${columns.map((column) => vary[column] ?? `r."${column}"`).join(", ")}
     FROM "AgreementVersion" r CROSS JOIN generate_series(1, ${COPIES}) AS k`,
  );
}

/** Grows the database at `connectionString` tenfold; returns how many rows each grown table holds afterwards. */
export async function growTenfold(connectionString: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const rule of RULES) await copyRows(client, rule);
    await growAgreementVersions(client);
    await client.query("COMMIT");
    const sizes: Record<string, number> = {};
    for (const table of [...RULES.map((rule) => rule.table), "AgreementVersion"]) {
      const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "${table}"`);
      sizes[table] = rows[0]!.count;
    }
    return sizes;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
