// Benchmark volumes on top of the demo data: 10k partners, 100k partner users, 300k certifications (with badges,
// some expired, some expiring) and a sample of their steps, company certifications with their award cases, CTP
// trackings, 50k NFR licenses with a few thousand requests, 2k SOWs with 20k work authorizations and 500k time entries
// (the active and exhausted SOWs invoiced month by month, their kept burn sums and monthly rows), 50k referrals.
// Rows are made by INSERT ... SELECT generate_series inside PostgreSQL, so no row crosses the wire; only a few
// thousand faker names are sent as arrays. Ids are "c" + a table prefix + a zero-padded row number (25 lower-case
// characters, the shape of Prisma's cuid()), which lets each statement compute the ids of the rows it links to.
import { faker } from "@faker-js/faker";
import pg from "pg";
import { NFR_CAPS } from "@/lib/nfr";
import { findDanglingReferences } from "./dangling-references";
import { BURN_SUMS_SQL } from "./burn-sums";

// Written in the same transaction as every large row, so its presence means the whole large set is there.
export const LARGE_SEED_MARKER = "largeSeedAt";
const FAKER_SEED = 20261124;
const DEMO_CAM_EMAIL = "cam@demo.test";
const EDUCATION_EMAIL = "education@demo.test";
const CHANNEL_SERVICES_EMAIL = "channel.services@demo.test";
const PS_COORDINATOR_EMAIL = "ps@demo.test";

export const LARGE_VOLUMES = {
  partners: 10_000,
  usersPerPartner: 10,
  certificationsPerUser: 3,
  nfrLicenses: 50_000,
  // One Authorized partner in nfrAtCapEvery holds exactly its cap; one license in nfrApprovedRequestEvery keeps the
  // approved request it came from; nfrOtherRequests more are waiting in the desks' queues or rejected.
  nfrAtCapEvery: 20,
  nfrApprovedRequestEvery: 20,
  nfrOtherRequests: 3_000,
  sows: 2_000,
  workAuthorizationsPerSow: 10,
  consultantsPerSow: 5,
  timeEntriesPerWorkAuthorization: 25,
  assessments: 10_000,
  referralsPerAssessment: 5,
  // The demo CAM's own book: big enough that "My accounts" pages and sorts over real volume.
  demoCamAccounts: 300,
  // Extra CAMs per region own the other authorized partners, so no single CAM holds thousands.
  camsPerRegion: 6,
  // One user in this many has the three steps of a certification on record, one in as many more is halfway
  // through one, and one in stepsSelfRecordedEvery waits for Education Services to verify a self-recorded exam.
  stepsSampleEvery: 10,
  stepsSelfRecordedEvery: 50,
  // Company certifications: PSP for one Authorized partner in pspEvery, CTP for one Training partner in ctpEvery.
  pspEvery: 8,
  ctpEvery: 5,
  // A CTP tracking for one partner in ctpTrackingEvery (Training partners only).
  ctpTrackingEvery: 12,
} as const;

// A CTP tracking's five sections (DOMAIN.md, "Certifications"), their owners and checklist items, as the admin's
// template would have made them; each trainer candidate also gets a task of their own in TRAINER_CANDIDATES.
const CTP_SECTIONS = [
  {
    kind: "PROGRAM_ENTRY",
    owner: "CAM",
    items: ["Confirm Select tier and Authorized status", "Confirm the Training Partner Addendum", "Hold the kickoff call"],
  },
  { kind: "TRAINER_CANDIDATES", owner: "PARTNER_PRIMARY_CONTACT", items: ["Nominate at least two trainer candidates"] },
  { kind: "COMPETENCY", owner: "EDUCATION_SERVICES", items: ["Observe a shadow session", "Run the instructor competency assessment"] },
  {
    kind: "COMPLIANCE_MBO",
    owner: "CAM",
    items: ["Agree quarterly MBO goals", "Review the delivery compliance checklist", "Set up the course feedback survey"],
  },
  { kind: "LEGAL_OPERATIONAL", owner: "CHANNEL_SERVICES", items: ["Countersign the Training Partner Addendum", "Publish the course catalog"] },
] as const;
const CTP_ITEMS = CTP_SECTIONS.flatMap((section, sectionIndex) =>
  section.items.map((title, position) => ({ section: sectionIndex + 1, position: position + 1, title })),
);
const CANDIDATES_PER_TRACKING = 2;

const REGIONS = ["AMER", "EMEA", "APAC", "PUBLIC_SECTOR"] as const;

export interface SeedLargeOptions {
  log?: (message: string) => void;
}

/** SQL for the id of row `n` (an SQL expression) in the table with `prefix`. */
function id(prefix: string, n: string): string {
  return `'clg${prefix}' || lpad((${n})::text, 21, '0')`;
}

export async function seedLargeData(connectionString: string, options: SeedLargeOptions = {}): Promise<{ created: boolean }> {
  const log = options.log ?? (() => {});
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const marker = await client.query<{ value: unknown }>(`SELECT value FROM "ProgramSetting" WHERE key = $1`, [LARGE_SEED_MARKER]);
    if (marker.rowCount) {
      log(`Large data already present (ProgramSetting ${LARGE_SEED_MARKER} = ${JSON.stringify(marker.rows[0]?.value)}); nothing added.`);
      return { created: false };
    }
    const staff = await client.query<{ id: string; passwordHash: string | null }>(`SELECT id, "passwordHash" FROM "User" WHERE email = $1`, [DEMO_CAM_EMAIL]);
    const demoCam = staff.rows[0];
    if (!demoCam) throw new Error(`The large seed builds on the demo data, but ${DEMO_CAM_EMAIL} does not exist: run the demo seed first.`);
    const teams = await client.query<{ email: string; id: string }>(`SELECT email, id FROM "User" WHERE email = ANY($1)`, [
      [EDUCATION_EMAIL, CHANNEL_SERVICES_EMAIL, PS_COORDINATOR_EMAIL],
    ]);
    const teamId = (email: string) => {
      const found = teams.rows.find((row) => row.email === email)?.id;
      if (!found) throw new Error(`The large seed builds on the demo data, but ${email} does not exist: run the demo seed first.`);
      return found;
    };
    const certifications = await client.query<{ id: string; passingScore: number; validityMonths: number | null }>(
      `SELECT id, "passingScore", "validityMonths" FROM "Certification" ORDER BY code`,
    );
    if (certifications.rowCount === 0) throw new Error("The large seed needs the demo certification catalog, which is empty.");

    const startedAt = performance.now();
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const began = performance.now();
      const result = await client.query(sql, params);
      log(`  ${label.padEnd(30)} ${String(result.rowCount ?? 0).padStart(8)} rows  ${formatMs(performance.now() - began)}`);
    };

    await client.query("BEGIN");
    // Prisma's DateTime columns are timestamps without time zone holding UTC; now()::timestamp is UTC only in a UTC session.
    await client.query("SET LOCAL timezone = 'UTC'");
    // The rows are reproducible; losing them in a crash only means running the seed again.
    await client.query("SET LOCAL synchronous_commit = off");
    // Foreign keys are checked by a trigger per row, which costs more than the insert itself at these volumes.
    // A superuser (the embedded server's role) skips the triggers and checks every key once before committing; any
    // other role keeps them and the seed is only slower.
    const superuser = await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    const skipsForeignKeyTriggers = superuser.rows[0]?.rolsuper === true;
    if (skipsForeignKeyTriggers) await client.query("SET LOCAL session_replication_role = replica");
    const names = fakerNames();
    const v = LARGE_VOLUMES;
    const users = v.partners * v.usersPerPartner;
    const workAuthorizations = v.sows * v.workAuthorizationsPerSow;

    await step(
      "User (CAMs)",
      `INSERT INTO "User" (id, email, name, "passwordHash", role, region, title, "emailVerifiedAt", "createdAt", "updatedAt")
       SELECT ${id("s", "k")}, 'cam.' || lower(r::text) || '.' || k || '@large.test', ($2::text[])[k] || ' ' || ($3::text[])[k], $4, 'CAM'::"Role", r,
              'Channel Account Manager', now()::timestamp, now()::timestamp - interval '900 days', now()::timestamp
       FROM generate_series(1, 4 * $1::int) k, LATERAL (SELECT ($5::"Region"[])[1 + (k - 1) / $1::int] AS r) region`,
      [v.camsPerRegion, names.first, names.last, demoCam.passwordHash, REGIONS],
    );

    // The first 300 partners are the demo CAM's AMER book; the rest cycle through the regions, 70% authorized and
    // 20% applicants (SUBMITTED / IN_REVIEW) so every PHD region has a long queue.
    await step(
      "Partner",
      `INSERT INTO "Partner" (id, "legalName", website, "websiteDomain", country, region, "phdRegion", size, tier, tracks, status,
              "crmId", "camOwnerId", description, locations, languages, services, "subcontractRelationship", "contractSignedAt",
              "submittedAt", "decidedAt", "lastPhdReviewAt", "createdAt", "updatedAt")
       SELECT ${id("p", "i")}, name, 'https://' || domain, domain, country, region,
              CASE WHEN region = 'PUBLIC_SECTOR' THEN 'AMER'::"Region" ELSE region END,
              (ARRAY['SIZE_1_10','SIZE_11_50','SIZE_51_200','SIZE_201_1000','SIZE_1001_PLUS']::"CompanySize"[])[1 + i % 5],
              CASE WHEN i % 5 = 0 THEN 'SELECT' ELSE 'OPEN' END::"PartnerTier",
              CASE i % 6 WHEN 0 THEN ARRAY['RESELLER'] WHEN 1 THEN ARRAY['RESELLER','SERVICES'] WHEN 2 THEN ARRAY['SERVICES']
                WHEN 3 THEN ARRAY['REFERRAL','MSP'] WHEN 4 THEN ARRAY['TEAMOPS_CONSULTANT'] ELSE ARRAY['TRAINING','SERVICES'] END::"PartnerTrack"[] AS tracks,
              status,
              CASE WHEN status = 'AUTHORIZED' THEN '001' || lpad(i::text, 15, '0') END,
              CASE WHEN status IN ('AUTHORIZED', 'INACTIVE') THEN
                CASE WHEN i <= $2 THEN $3 ELSE ${id("s", `(i % 4) * $4 + (i / 4) % $4 + 1`)} END
              END,
              name || ' delivers ' || lower(country) || ' customers their platform rollouts.',
              ARRAY[country], ARRAY['English'], ARRAY['Implementation', 'License resale'],
              CASE WHEN status = 'AUTHORIZED' AND i % 7 = 0 THEN 'INDIRECT_PROJECT_BASED'::"SubcontractRelationship" END,
              CASE WHEN status = 'AUTHORIZED' THEN submitted END,
              submitted, decided, decided, submitted, coalesce(decided, submitted)
       FROM generate_series(1, $1::int) i,
       LATERAL (SELECT ($5::text[])[1 + (i - 1) % array_length($5::text[], 1)] || CASE WHEN i > array_length($5::text[], 1) THEN ' ' || ((i - 1) / array_length($5::text[], 1) + 1) ELSE '' END AS name,
                       'lg' || i || '.example.com' AS domain,
                       CASE WHEN i <= $2 THEN 'AMER'::"Region" ELSE ($6::"Region"[])[1 + i % 4] END AS region,
                       CASE WHEN i <= $2 THEN CASE WHEN i % 10 = 0 THEN 'INACTIVE' ELSE 'AUTHORIZED' END
                            ELSE coalesce((ARRAY['SUBMITTED','SUBMITTED','IN_REVIEW','IN_REVIEW','DENIED','INACTIVE'])[1 + (i / 4) % 20], 'AUTHORIZED')
                       END::"PartnerStatus" AS status) a,
       LATERAL (SELECT CASE region WHEN 'EMEA' THEN (ARRAY['United Kingdom','Germany','France','Netherlands'])[1 + i % 4]
                                   WHEN 'APAC' THEN (ARRAY['Australia','Japan','Singapore','India'])[1 + i % 4]
                                   WHEN 'AMER' THEN (ARRAY['United States','Canada','Brazil','Mexico'])[1 + i % 4]
                                   ELSE 'United States' END AS country,
                       CASE WHEN status IN ('SUBMITTED', 'IN_REVIEW') THEN now()::timestamp - make_interval(days => (i * 7) % 60, hours => i % 24)
                            ELSE now()::timestamp - make_interval(days => 150 + (i * 13) % 750) END AS submitted) b,
       LATERAL (SELECT CASE WHEN status IN ('SUBMITTED', 'IN_REVIEW') THEN NULL ELSE submitted + make_interval(days => 3 + i % 10) END AS decided) c`,
      [v.partners, v.demoCamAccounts, demoCam.id, v.camsPerRegion, names.companies, REGIONS],
    );

    // The locator's search text, which a trigger keeps, but triggers are off here.
    await step(
      "Partner (locator search)",
      `UPDATE "Partner" SET "locatorSearch" = "partner_locator_search_text"("legalName", description, services) WHERE id LIKE 'clgp%'`,
    );

    await step(
      "User (partner users)",
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "partnerId", title, phone, "emailVerifiedAt", "newsletterOptIn",
              "lastSignInAt", "createdAt", "updatedAt")
       SELECT ${id("u", "j")}, lower(regexp_replace(fn || '.' || ln, '[^A-Za-z.]', '', 'g')) || '.' || j || '@' || p."websiteDomain",
              fn || ' ' || ln, $4, CASE WHEN (j - 1) % $2 = 0 AND p.status = 'AUTHORIZED' THEN 'PARTNER_ADMIN' ELSE 'PARTNER_USER' END::"Role", p.id,
              (ARRAY['Solutions Engineer','Account Executive','Delivery Lead','Consultant','Operations Manager'])[1 + j % 5],
              CASE WHEN (j - 1) % $2 = 0 THEN '+1 555 ' || lpad((j % 10000)::text, 4, '0') END,
              joined + interval '1 hour', j % 3 = 0,
              CASE WHEN p.status = 'AUTHORIZED' THEN now()::timestamp - make_interval(days => j % 60) END,
              joined, joined
       FROM generate_series(1, $1::int) j
       JOIN "Partner" p ON p.id = ${id("p", `(j - 1) / $2 + 1`)},
       LATERAL (SELECT ($3::text[])[1 + j % array_length($3::text[], 1)] AS fn,
                       ($5::text[])[1 + (j * 7) % array_length($5::text[], 1)] AS ln,
                       LEAST(p."submittedAt" + make_interval(days => (j - 1) % $2), now()::timestamp) AS joined) n`,
      [users, v.usersPerPartner, names.first, demoCam.passwordHash, names.last],
    );

    // Each user holds three different certifications; expiry follows the catalog's validity. Issue dates over 900
    // days leave about a fifth of the 24-month ones expired and one in fifteen expiring within 60 days; the expiry
    // notice went out 60 days before each expiry already reached. Every badge has its own unguessable token.
    await step(
      "EarnedCertification",
      `INSERT INTO "EarnedCertification" (id, "userId", "partnerId", "certificationId", score, "issuedAt", "expiresAt", "badgeIssuedAt",
              "badgeToken", "expiryNotifiedAt")
       SELECT ${id("e", "k")}, ${id("u", "u")}, ${id("p", `(u - 1) / $3 + 1`)}, ($4::text[])[c],
              LEAST(100, ($5::int[])[c] + k % 21), issued, expires, issued + interval '1 day',
              replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''),
              CASE WHEN expires - interval '60 days' <= now()::timestamp THEN expires - interval '60 days' END
       FROM generate_series(1, $1::int) k,
       LATERAL (SELECT (k - 1) / $2 + 1 AS u, now()::timestamp - make_interval(days => (k * 37) % 900) AS issued) g,
       LATERAL (SELECT 1 + (u + (k - 1) % $2) % cardinality($4::text[]) AS c) pick,
       LATERAL (SELECT issued + make_interval(months => ($6::int[])[c]) AS expires) e`,
      [
        users * v.certificationsPerUser,
        v.certificationsPerUser,
        v.usersPerPartner,
        certifications.rows.map((c) => c.id),
        certifications.rows.map((c) => c.passingScore),
        certifications.rows.map((c) => c.validityMonths),
      ],
    );

    // The steps behind a sample of certifications, from the learning system's imports: the three steps of the
    // first certification of one user in stepsSampleEvery; a certification in progress (training, half of them the
    // lab too) for as many others; and for one in stepsSelfRecordedEvery a self-recorded exam pass waiting for
    // Education Services. Users of Authorized partners only; in-progress certifications are ones the user does not
    // hold (the user's three are c, c + 1 and c + 2 in the catalog's order, so c + 3 is free).
    const stepUser = (offset: number, every: number) =>
      `FROM generate_series(1, $1::int / ${every}) s
       CROSS JOIN LATERAL (SELECT (s - 1) * ${every} + ${offset} AS u) g
       JOIN "Partner" p ON p.id = ${id("p", `(u - 1) / $2 + 1`)} AND p.status = 'AUTHORIZED'`;
    await step(
      "CertificationStep (earned)",
      `INSERT INTO "CertificationStep" (id, "userId", "partnerId", "certificationId", step, score, "completedAt", source, "externalId", "createdAt")
       SELECT ${id("v", "(s - 1) * 3 + o")}, e."userId", e."partnerId", e."certificationId", st.step,
              CASE WHEN st.step = 'EXAM' THEN e.score END, completed, 'IMPORT', 'LMS-LV-' || ((s - 1) * 3 + o), completed
       ${stepUser(1, v.stepsSampleEvery)}
       JOIN "EarnedCertification" e ON e.id = ${id("e", `(u - 1) * $3 + 1`)}
       CROSS JOIN unnest(ARRAY['TRAINING', 'LAB', 'EXAM']::"CertificationStepKind"[]) WITH ORDINALITY AS st(step, o)
       CROSS JOIN LATERAL (SELECT e."issuedAt" - make_interval(days => (3 - o::int) * 10) AS completed) d`,
      [users, v.usersPerPartner, v.certificationsPerUser],
    );
    await step(
      "CertificationStep (in progress)",
      `INSERT INTO "CertificationStep" (id, "userId", "partnerId", "certificationId", step, "completedAt", source, "externalId", "createdAt")
       SELECT ${id("y", "(s - 1) * 2 + o")}, ${id("u", "u")}, p.id, ($3::text[])[1 + (u + 3) % cardinality($3::text[])], st.step,
              completed, 'IMPORT', 'LMS-LY-' || ((s - 1) * 2 + o), completed
       ${stepUser(2, v.stepsSampleEvery)}
       CROSS JOIN unnest(ARRAY['TRAINING', 'LAB']::"CertificationStepKind"[]) WITH ORDINALITY AS st(step, o)
       CROSS JOIN LATERAL (SELECT now()::timestamp - make_interval(days => 40 - o::int * 15 + s % 20) AS completed) d
       WHERE o = 1 OR s % 2 = 0`,
      [users, v.usersPerPartner, certifications.rows.map((c) => c.id)],
    );
    await step(
      "CertificationStep (to verify)",
      `INSERT INTO "CertificationStep" (id, "userId", "partnerId", "certificationId", step, score, "completedAt", source, "externalId",
              "recordedById", "createdAt")
       SELECT ${id("z", "(s - 1) * 3 + o")}, ${id("u", "u")}, p.id, ($3::text[])[c], st.step,
              CASE WHEN st.step = 'EXAM' THEN LEAST(100, ($4::int[])[c] + s % 15) END, completed,
              CASE WHEN st.step = 'EXAM' THEN 'SELF_RECORDED' ELSE 'IMPORT' END::"CertificationStepSource",
              CASE WHEN st.step <> 'EXAM' THEN 'LMS-LZ-' || ((s - 1) * 3 + o) END,
              CASE WHEN st.step = 'EXAM' THEN ${id("u", "u")} END, completed
       ${stepUser(3, v.stepsSelfRecordedEvery)}
       CROSS JOIN LATERAL (SELECT 1 + (u + 3) % cardinality($3::text[]) AS c) pick
       CROSS JOIN unnest(ARRAY['TRAINING', 'LAB', 'EXAM']::"CertificationStepKind"[]) WITH ORDINALITY AS st(step, o)
       CROSS JOIN LATERAL (SELECT now()::timestamp - make_interval(days => 30 - o::int * 9, hours => s % 24) AS completed) d`,
      [users, v.usersPerPartner, certifications.rows.map((c) => c.id), certifications.rows.map((c) => c.passingScore)],
    );

    // Company certifications and their award cases, one per partner and kind. Most were awarded, published on the
    // locator and their case completed long ago; the rest (more of them in the demo CAM's book) are still running:
    // awarded in the last 12 days, badge not yet published, the case open or its email sent, overdue past 7 days.
    await client.query(
      `CREATE TEMP TABLE large_award ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY p.id, kind) AS n, p.id AS partner_id, p."camOwnerId" AS cam_id, p."phdRegion" AS phd_region, i, kind,
              running, opened, opened + interval '7 days' AS due
       FROM "Partner" p
       CROSS JOIN LATERAL (SELECT substr(p.id, 5)::int AS i) pi
       CROSS JOIN LATERAL unnest(ARRAY[CASE WHEN i % $1 = 0 THEN 'PSP' END,
                                       CASE WHEN i % $2 = 0 AND 'TRAINING' = ANY(p.tracks) THEN 'CTP' END]::"CompanyCertificationKind"[]) AS kind
       CROSS JOIN LATERAL (SELECT CASE kind WHEN 'PSP' THEN i % 40 = 0 OR (i <= $3 AND i % 24 = 0) ELSE i % 35 = 0 END AS running) r
       CROSS JOIN LATERAL (SELECT CASE WHEN running THEN now()::timestamp - make_interval(days => i % 12, hours => 3)
                                       ELSE now()::timestamp - make_interval(days => 30 + (i * 17) % 600) END AS opened) o
       WHERE p.id LIKE 'clgp%' AND p.status = 'AUTHORIZED' AND kind IS NOT NULL`,
      [v.pspEvery, v.ctpEvery, v.demoCamAccounts],
    );
    await step(
      "CompanyCertification",
      `INSERT INTO "CompanyCertification" (id, "partnerId", kind, "awardedAt", "publishedAt")
       SELECT ${id("c", "n")}, partner_id, kind, opened, CASE WHEN NOT running THEN opened + interval '4 days' END FROM large_award`,
    );
    await step(
      "AwardCase",
      `INSERT INTO "AwardCase" (id, "partnerId", kind, status, "camId", "openedAt", "dueAt", "firstCompanyCertification", "awardEmailSentAt",
              "awardEmailSentById", "profileUpdatedAt", "profileUpdatedById", "communityAccessGrantedAt", "communityAccessGrantedById",
              "completedAt", "overdueFlaggedAt")
       SELECT ${id("d", "n")}, partner_id, kind, status, cam_id, opened, due, first,
              CASE WHEN status <> 'OPEN' THEN opened + CASE WHEN running THEN interval '1 hour' ELSE interval '2 days' END END,
              CASE WHEN status <> 'OPEN' THEN cam_id END,
              CASE WHEN NOT running THEN opened + interval '4 days' END, CASE WHEN NOT running THEN phd END,
              CASE WHEN NOT running AND first THEN opened + interval '4 days' END, CASE WHEN NOT running AND first THEN phd END,
              CASE WHEN NOT running THEN opened + interval '4 days' END,
              CASE WHEN running AND due < now()::timestamp THEN due + interval '1 hour' END
       FROM large_award
       CROSS JOIN LATERAL (SELECT CASE WHEN NOT running THEN 'COMPLETED' WHEN i % 3 = 0 THEN 'EMAIL_SENT' ELSE 'OPEN' END::"AwardCaseStatus" AS status,
                                  kind = 'PSP' OR i % $1 <> 0 AS first,
                                  (SELECT id FROM "User" WHERE role = 'PHD' AND region = phd_region ORDER BY email LIMIT 1) AS phd) c`,
      [v.pspEvery],
    );

    // CTP trackings for Training partners: those holding CTP completed theirs; the others started up to 240 days
    // ago, so a quarter are past the 6-month lock and locked, and the rest have done their share of items for the
    // time gone by (the demo CAM's book has some close to the lock). Two trainer candidates each, with their tasks.
    await client.query(
      `CREATE TEMP TABLE large_ctp ON COMMIT DROP AS
       SELECT row_number() OVER (ORDER BY p.id) AS t, p.id AS partner_id, p."camOwnerId" AS cam_id, i, started,
              started + interval '6 months' AS locks, tracking_status AS status,
              CASE tracking_status WHEN 'COMPLETE' THEN 1.0 WHEN 'LOCKED' THEN 0.5 + (i % 40) / 100.0
                          ELSE LEAST(0.95, extract(epoch FROM now()::timestamp - started) / extract(epoch FROM interval '6 months')) END AS progress
       FROM "Partner" p
       CROSS JOIN LATERAL (SELECT substr(p.id, 5)::int AS i) pi
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM large_award a WHERE a.partner_id = p.id AND a.kind = 'CTP') AS awarded) a
       CROSS JOIN LATERAL (SELECT now()::timestamp - make_interval(days => CASE WHEN awarded THEN 200 + i % 100 ELSE (i * 7) % 240 END) AS started) s
       CROSS JOIN LATERAL (SELECT CASE WHEN awarded THEN 'COMPLETE' WHEN started + interval '6 months' < now()::timestamp THEN 'LOCKED'
                                       ELSE 'ACTIVE' END::"CtpTrackingStatus" AS tracking_status) st
       WHERE p.id LIKE 'clgp%' AND p.status = 'AUTHORIZED' AND 'TRAINING' = ANY(p.tracks) AND (i % $1 = 5 OR awarded)`,
      [v.ctpTrackingEvery],
    );
    await step(
      "CtpTracking",
      `INSERT INTO "CtpTracking" (id, "partnerId", "invitedById", status, "startedAt", "locksAt", "completedAt", "lockedAt")
       SELECT ${id("h", "t")}, partner_id, cam_id, status, started, locks,
              CASE WHEN status = 'COMPLETE' THEN started + interval '150 days' END, CASE WHEN status = 'LOCKED' THEN locks END
       FROM large_ctp`,
    );
    await step(
      "CtpSection",
      `INSERT INTO "CtpSection" (id, "trackingId", kind, owner)
       SELECT ${id("i", `(t - 1) * ${CTP_SECTIONS.length} + o`)}, ${id("h", "t")}, kind, owner
       FROM large_ctp
       CROSS JOIN unnest($1::"CtpSectionKind"[], $2::"CtpOwner"[]) WITH ORDINALITY AS s(kind, owner, o)`,
      [CTP_SECTIONS.map((section) => section.kind), CTP_SECTIONS.map((section) => section.owner)],
    );
    await step(
      "CtpTrainerCandidate",
      `INSERT INTO "CtpTrainerCandidate" (id, "trackingId", "userId", "enrolledAt", "completedAt")
       SELECT ${id("m", `(t - 1) * $1 + c`)}, ${id("h", "t")}, ${id("u", `(i - 1) * $2 + 1 + c`)}, enrolled,
              CASE WHEN progress >= 0.5 * c THEN enrolled + interval '14 days' END
       FROM large_ctp
       CROSS JOIN generate_series(1, $1::int) c
       CROSS JOIN LATERAL (SELECT LEAST(started + interval '10 days', now()::timestamp - interval '1 day') AS enrolled) e`,
      [CANDIDATES_PER_TRACKING, v.usersPerPartner],
    );
    // An item is done when its place in the checklist is within the tracking's progress, done as long after the start.
    const ownerId = `CASE owner WHEN 'CAM' THEN cam_id WHEN 'PARTNER_PRIMARY_CONTACT' THEN ${id("u", `(i - 1) * $6::int + 1`)}
                                WHEN 'EDUCATION_SERVICES' THEN $7::text ELSE $8::text END`;
    await step(
      "CtpItem",
      `INSERT INTO "CtpItem" (id, "sectionId", "candidateId", position, title, "completedAt", "completedById")
       SELECT ${id("j", `(t - 1) * $1::int + o`)}, ${id("i", `(t - 1) * $5::int + section`)}, NULL, position, title,
              CASE WHEN done THEN started + (locks - started) * (o::float8 / $1::int * 0.8) END,
              CASE WHEN done THEN ${ownerId} END
       FROM large_ctp
       CROSS JOIN unnest($2::int[], $3::int[], $4::text[]) WITH ORDINALITY AS item(section, position, title, o)
       CROSS JOIN LATERAL (SELECT ($9::"CtpOwner"[])[section] AS owner, o::numeric / $1::int <= progress AS done) d
       UNION ALL
       SELECT ${id("o", `(t - 1) * $10::int + c`)}, ${id("i", `(t - 1) * $5::int + 2`)}, ${id("m", `(t - 1) * $10::int + c`)},
              $11::int + c, 'Complete the train-the-trainer course',
              CASE WHEN progress >= 0.5 * c THEN LEAST(started + interval '24 days', now()::timestamp) END,
              CASE WHEN progress >= 0.5 * c THEN ${id("u", `(i - 1) * $6::int + 1 + c`)} END
       FROM large_ctp
       CROSS JOIN generate_series(1, $10::int) c`,
      [
        CTP_ITEMS.length,
        CTP_ITEMS.map((item) => item.section),
        CTP_ITEMS.map((item) => item.position),
        CTP_ITEMS.map((item) => item.title),
        CTP_SECTIONS.length,
        v.usersPerPartner,
        teamId(EDUCATION_EMAIL),
        teamId(CHANNEL_SERVICES_EMAIL),
        CTP_SECTIONS.map((section) => section.owner),
        CANDIDATES_PER_TRACKING,
        CTP_SECTIONS[1].items.length,
      ],
    );
    await step(
      "CtpSection (completed)",
      `UPDATE "CtpSection" s SET "completedAt" = done.at
       FROM (SELECT "sectionId", max("completedAt") AS at FROM "CtpItem" WHERE id LIKE 'clg%' GROUP BY "sectionId"
             HAVING bool_and("completedAt" IS NOT NULL)) done
       WHERE s.id = done."sectionId"`,
    );

    // NFR: each Authorized partner holds active licenses within its tier's cap (one in nfrAtCapEvery exactly at it)
    // and a few ended ones (expired, renewed, revoked), partner after partner until there are nfrLicenses (the last
    // partners in that order hold none); the database's sequence numbers them. Active licenses expire over the coming
    // year, so some are inside the 30-day notice, which the daily job has sent. One license in nfrApprovedRequestEvery
    // has the approved request it came from; beside them, nfrOtherRequests requests waiting (submitted, or asked for
    // information) or rejected, spread over the partners and so over every desk, some at their cap and some renewing.
    await client.query(
      `CREATE TEMP TABLE large_nfr_partner ON COMMIT DROP AS
       SELECT rn, partner_id, legal_name, cam_id, contact_id, contact_name, contact_email, phd_id, cap,
              CASE WHEN rn % $2::int = 0 THEN cap ELSE 1 + (rn * 7) % (cap - 1) END AS held, (rn * 3) % 5 AS ended
       FROM (SELECT (row_number() OVER (ORDER BY p.id))::int AS rn, p.id AS partner_id, p."legalName" AS legal_name, p."camOwnerId" AS cam_id,
                    u.id AS contact_id, u.name AS contact_name, u.email AS contact_email,
                    CASE p.tier WHEN 'SELECT' THEN $3::int ELSE $4::int END AS cap,
                    (SELECT id FROM "User" WHERE role = 'PHD' AND region = p."phdRegion" ORDER BY email LIMIT 1) AS phd_id
             FROM "Partner" p
             JOIN "User" u ON u.id = ${id("u", `(substr(p.id, 5)::int - 1) * $1::int + 1`)}
             WHERE p.id LIKE 'clgp%' AND p.status = 'AUTHORIZED') authorized`,
      [v.usersPerPartner, v.nfrAtCapEvery, NFR_CAPS.SELECT, NFR_CAPS.OPEN],
    );
    await step(
      "NfrLicense",
      `INSERT INTO "NfrLicense" (id, "partnerId", name, "companyName", email, "usersCount", plan, trial, "startsOn", "expiresOn",
              notes, "licenseKey", status, "expiryNotifiedAt", "revokedAt", "revokedById", "revocationReason", "createdAt")
       SELECT ${id("n", "k")}, partner_id, contact_name, legal_name, contact_email, users_count, plan, true, starts, expires,
              users_count || ' ' || initcap(plan::text) || ' NFR Licenses for Partner: ' || legal_name,
              upper(substr(h, 1, 5) || '-' || substr(h, 6, 5) || '-' || substr(h, 11, 5) || '-' || substr(h, 16, 5) || '-' || substr(h, 21, 5)),
              status,
              CASE WHEN status <> 'REVOKED' AND expires - 30 <= now()::date THEN (expires - 30) + interval '6 hours 15 minutes' END,
              CASE WHEN status = 'REVOKED' THEN starts + make_interval(days => 10 + k % 200) END,
              CASE WHEN status = 'REVOKED' THEN phd_id END,
              CASE WHEN status = 'REVOKED' THEN 'The licenses were used outside the partner''s own staff.' END,
              starts + interval '9 hours'
       FROM (SELECT lp.*, j, (row_number() OVER (ORDER BY rn, j))::int AS k
             FROM large_nfr_partner lp CROSS JOIN LATERAL generate_series(1, ended + held) j) g
       CROSS JOIN LATERAL (SELECT 1 + k % 10 AS users_count, (ARRAY['STARTER','PREMIUM','ULTIMATE']::"NfrPlan"[])[1 + k % 3] AS plan,
                       md5('large-nfr-' || k) AS h, j > ended AS active) a
       CROSS JOIN LATERAL (SELECT CASE WHEN active THEN now()::date - (k * 13) % 360 ELSE now()::date - 400 - (k * 17) % 600 END AS starts) s
       CROSS JOIN LATERAL (SELECT (starts + interval '1 year')::date AS expires,
                       CASE WHEN active THEN 'ACTIVE' WHEN k % 5 = 0 THEN 'REVOKED' WHEN k % 5 = 1 THEN 'RENEWED' ELSE 'EXPIRED' END::"NfrLicenseStatus" AS status) e
       WHERE k <= $1`,
      [v.nfrLicenses],
    );
    await step(
      "NfrRequest (approved)",
      `INSERT INTO "NfrRequest" (id, "partnerId", "requestedById", "contactName", "contactEmail", "usersCount", plan, "isRenewal", justification,
              status, "decidedById", "decidedAt", "createdAt", "updatedAt")
       SELECT 'clgb' || substr(l.id, 5), l."partnerId", lp.contact_id, l.name, l.email, l."usersCount", l.plan, false,
              'Demo environment for the pre-sales team.', 'APPROVED', lp.phd_id, l."createdAt", l."createdAt" - interval '2 days', l."createdAt"
       FROM "NfrLicense" l JOIN large_nfr_partner lp ON lp.partner_id = l."partnerId"
       WHERE l.id LIKE 'clgn%' AND substr(l.id, 5)::int % $1 = 0`,
      [v.nfrApprovedRequestEvery],
    );
    await step(
      "NfrLicense (their requests)",
      `UPDATE "NfrLicense" SET "requestId" = 'clgb' || substr(id, 5) WHERE id LIKE 'clgn%' AND substr(id, 5)::int % $1 = 0`,
      [v.nfrApprovedRequestEvery],
    );
    await step(
      "NfrRequest (open, rejected)",
      `INSERT INTO "NfrRequest" (id, "partnerId", "requestedById", "contactName", "contactEmail", "usersCount", plan, "isRenewal", "renewsLicenseId",
              justification, status, "infoRequest", "infoRequestedAt", "rejectionReason", "decidedById", "decidedAt", "createdAt", "updatedAt")
       SELECT ${id("l", "r")}, lp.partner_id, CASE WHEN r % 4 = 0 THEN lp.cam_id ELSE lp.contact_id END, lp.contact_name, lp.contact_email,
              1 + r % 12, (ARRAY['ULTIMATE','ULTIMATE','PREMIUM','STARTER']::"NfrPlan"[])[1 + r % 4], renews IS NOT NULL, renews,
              CASE WHEN renews IS NULL THEN 'New consultants need a demo environment before their first customer project.'
                   ELSE 'Renewal: the team still runs its customer demos on this license.' END,
              req_status,
              CASE WHEN req_status = 'INFO_REQUESTED' THEN 'How many people will use the licenses, and for which customer demos?' END,
              CASE WHEN req_status = 'INFO_REQUESTED' THEN LEAST(created + interval '1 day', now()::timestamp) END,
              CASE WHEN req_status = 'REJECTED' THEN 'The request does not describe who will use the licenses; please file again with the team''s size.' END,
              CASE WHEN req_status = 'REJECTED' THEN lp.phd_id END,
              CASE WHEN req_status = 'REJECTED' THEN created + interval '2 days' END,
              created, CASE WHEN req_status = 'REJECTED' THEN created + interval '2 days' ELSE created END
       FROM generate_series(1, $1::int) r
       CROSS JOIN (SELECT count(*) AS n FROM large_nfr_partner) total
       JOIN large_nfr_partner lp ON lp.rn = 1 + ((r - 1) * 7) % total.n
       CROSS JOIN LATERAL (SELECT (ARRAY['SUBMITTED','SUBMITTED','SUBMITTED','INFO_REQUESTED','REJECTED','REJECTED']::"NfrRequestStatus"[])[1 + r % 6] AS req_status) st
       CROSS JOIN LATERAL (SELECT CASE WHEN req_status = 'REJECTED' THEN now()::timestamp - make_interval(days => 30 + (r * 13) % 600)
                                       ELSE now()::timestamp - make_interval(days => (r * 11) % 90, hours => r % 24) END AS created) c
       LEFT JOIN LATERAL (SELECT l.id AS renews FROM "NfrLicense" l
                          WHERE r % 5 = 0 AND req_status <> 'REJECTED' AND l."partnerId" = lp.partner_id AND l.status = 'ACTIVE'
                          ORDER BY l."expiresOn", l.id LIMIT 1) rl ON true`,
      [v.nfrOtherRequests],
    );

    // SOWs go to the authorized subcontracting partners, a few each.
    await step(
      "PrimeSow",
      `WITH subcontractors AS (
         SELECT id, row_number() OVER (ORDER BY id) AS rn
         FROM "Partner" WHERE id LIKE 'clgp%' AND "subcontractRelationship" IS NOT NULL
       ), total AS (SELECT count(*) AS n FROM subcontractors)
       INSERT INTO "PrimeSow" (id, "partnerId", number, "amountCents", status, "poNumber", "sentAt", "executedAt", "poApprovedAt",
              "createdAt", "updatedAt")
       SELECT ${id("w", "s")}, sp.id, 'PS-SOW-L' || lpad(s::text, 5, '0'), 50000000, status,
              CASE WHEN funded THEN 'PO-46' || lpad(s::text, 8, '0') END,
              CASE WHEN status <> 'DRAFT' THEN created + interval '5 days' END,
              CASE WHEN funded THEN created + interval '20 days' END,
              CASE WHEN funded THEN created + interval '30 days' END,
              created, created + interval '30 days'
       FROM generate_series(1, $1::int) s
       CROSS JOIN total
       CROSS JOIN LATERAL (SELECT (ARRAY['DRAFT','SENT_TO_PARTNER','REDLINES','EXECUTED','PO_APPROVED','EXHAUSTED'])[1 + s % 10]::"SowStatus" AS raw,
                       now()::timestamp - make_interval(days => 60 + (s * 11) % 600) AS created) g
       CROSS JOIN LATERAL (SELECT coalesce(raw, 'ACTIVE') AS status, coalesce(raw, 'ACTIVE') IN ('PO_APPROVED', 'ACTIVE', 'EXHAUSTED') AS funded) st
       JOIN subcontractors sp ON sp.rn = 1 + (s - 1) % total.n`,
      [v.sows],
    );

    await step(
      "SowRate",
      `INSERT INTO "SowRate" (id, "sowId", "roleName", "hourlyRateCents")
       SELECT ${id("r", "(s - 1) * 3 + r")}, ${id("w", "s")}, (ARRAY['Senior Consultant','Consultant','Project Manager'])[r],
              (ARRAY[22500, 17500, 19500])[r]
       FROM generate_series(1, $1::int) s, generate_series(1, 3) r`,
      [v.sows],
    );

    await step(
      "WorkAuthorization",
      `INSERT INTO "WorkAuthorization" (id, "sowId", "projectName", scope, "technicalRequirements", "backgroundCheck", "hourlyRateCents",
              "billingTerms", "travelAndExpenses", "hoursAuthorized", "amountCents", status, "startsOn", "endsOn", "createdAt")
       SELECT ${id("a", "w")}, ${id("w", `(w - 1) / $2 + 1`)},
              (ARRAY['CI/CD migration','Platform implementation','Security hardening','Runner fleet upgrade'])[1 + w % 4] || ' #' || w,
              'Deliver the agreed project milestones.', 'Platform administration experience.', 'Standard background check.',
              rate, 'Monthly in arrears.', 'Pre-approved travel only.', hours, hours * rate,
              -- Past the three named states the index runs off the array: most authorizations are running.
              coalesce((ARRAY['DRAFT','COMPLETED','CANCELLED'])[1 + w % 10], 'ACTIVE')::"WorkAuthorizationStatus",
              starts, (starts + interval '6 months')::date, starts - interval '14 days'
       FROM generate_series(1, $1::int) w,
       LATERAL (SELECT (ARRAY[22500, 17500, 19500])[1 + w % 3] AS rate, 40 + (w * 11) % 161 AS hours,
                       (date_trunc('month', now()::timestamp) - make_interval(months => w % 12))::date AS starts) g`,
      [workAuthorizations, v.workAuthorizationsPerSow],
    );
    await step(
      "Consultant",
      `INSERT INTO "Consultant" (id, "partnerId", name, email, stage, "timeLoggingSetAt", "createdAt", "updatedAt")
       SELECT ${id("k", "c")}, sow."partnerId", fn || ' ' || ln,
              lower(regexp_replace(fn || '.' || ln, '[^A-Za-z.]', '', 'g')) || '.c' || c || '@' || p."websiteDomain",
              'ACTIVE'::"ConsultantStage", sow."createdAt", sow."createdAt", sow."createdAt"
       FROM generate_series(1, $1::int) c
       JOIN "PrimeSow" sow ON sow.id = ${id("w", `(c - 1) / $2 + 1`)}
       JOIN "Partner" p ON p.id = sow."partnerId",
       LATERAL (SELECT ($3::text[])[1 + (c * 3) % array_length($3::text[], 1)] AS fn,
                       ($4::text[])[1 + (c * 11) % array_length($4::text[], 1)] AS ln) n`,
      [v.sows * v.consultantsPerSow, v.consultantsPerSow, names.first, names.last],
    );

    // Two of the SOW's consultants work on each authorization; time entries below use the same two.
    const consultantOf = (w: string, t: string) => id("k", `((${w} - 1) / $2) * $3 + ((${w} + ${t}) % $3) + 1`);
    await step(
      "WorkAuthorizationConsultant",
      `INSERT INTO "WorkAuthorizationConsultant" ("workAuthorizationId", "consultantId", "assignedAt")
       SELECT ${id("a", "w")}, ${consultantOf("w", "t")}, now()::timestamp - interval '90 days'
       FROM generate_series(1, $1::int) w, generate_series(0, 1) t`,
      [workAuthorizations, v.workAuthorizationsPerSow, v.consultantsPerSow],
    );

    // Entry e of authorization w: its day and minutes, the same in the invoices made first and the entries after them.
    const entryDay = (perAuthorization: string) => `wa."startsOn" + (e - 1) % ${perAuthorization}`;
    const entryMinutes = "60 + (e * 7) % 421";
    // The active and exhausted SOWs bill every past month their projects logged hours in: paid up to two months back,
    // last month's approved or (one SOW in two) waiting for the coordinator; the current month is still open. An
    // invoice's id is its SOW's number and month, so each entry names its invoice as it is inserted (no update of
    // 200k entries afterwards), and the invoices exist before the entries that point at them.
    const invoiceId = (sowId: string, day: string) =>
      `'clgi' || right(${sowId}, 17) || lpad(((extract(year FROM ${day}) * 12 + extract(month FROM ${day}))::int % 10000)::text, 4, '0')`;
    const billed = (perAuthorization: string) =>
      `sow.status IN ('ACTIVE', 'EXHAUSTED') AND ${entryDay(perAuthorization)} < date_trunc('month', now()::timestamp)`;
    await step(
      "Invoice",
      `INSERT INTO "Invoice" (id, "partnerId", "sowId", month, status, "timeAmountCents", "submittedAt", "decidedById", "decidedAt", "createdAt")
       SELECT ${invoiceId("sow_id", "month")}, partner_id, sow_id, month, status, amount, month + interval '1 month 2 days',
              CASE WHEN status <> 'SUBMITTED' THEN $2 END, CASE WHEN status <> 'SUBMITTED' THEN month + interval '1 month 6 days' END,
              month + interval '1 month 2 days'
       FROM (
         SELECT sow.id AS sow_id, sow."partnerId" AS partner_id, date_trunc('month', ${entryDay("$3")})::date AS month,
                SUM(round((${entryMinutes}) * wa."hourlyRateCents" / 60.0))::int AS amount,
                (CASE WHEN date_trunc('month', ${entryDay("$3")}) < date_trunc('month', now()::timestamp) - interval '1 month' THEN 'PAID'
                      WHEN right(sow.id, 1)::int % 2 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END)::"InvoiceStatus" AS status
         FROM generate_series(1, $1::int) e
         CROSS JOIN LATERAL (SELECT (e - 1) / $3 + 1 AS w) g
         JOIN "WorkAuthorization" wa ON wa.id = ${id("a", "w")}
         JOIN "PrimeSow" sow ON sow.id = wa."sowId"
         WHERE ${billed("$3")}
         GROUP BY 1, 2, 3, 5
       ) invoiced`,
      [workAuthorizations * v.timeEntriesPerWorkAuthorization, teamId(PS_COORDINATOR_EMAIL), v.timeEntriesPerWorkAuthorization],
    );

    await step(
      "TimeEntry",
      `INSERT INTO "TimeEntry" (id, "workAuthorizationId", "consultantId", "workedOn", minutes, description, "invoiceId", "createdAt")
       SELECT ${id("t", "e")}, wa.id, ${consultantOf("w", "e % 2")}, ${entryDay("$4")}, ${entryMinutes},
              (ARRAY['Pipeline configuration workshop','Runner fleet migration and validation','Repository import and permissions mapping',
                     'Deployment templates for staging and production','Status call and weekly report'])[1 + e % 5],
              CASE WHEN ${billed("$4")} THEN ${invoiceId("sow.id", entryDay("$4"))} END,
              wa."startsOn" + ((e - 1) % $4) * interval '1 day' + interval '18 hours'
       FROM generate_series(1, $1::int) e
       CROSS JOIN LATERAL (SELECT (e - 1) / $4 + 1 AS w) g
       JOIN "WorkAuthorization" wa ON wa.id = ${id("a", "w")}
       JOIN "PrimeSow" sow ON sow.id = wa."sowId"`,
      [workAuthorizations * v.timeEntriesPerWorkAuthorization, v.workAuthorizationsPerSow, v.consultantsPerSow, v.timeEntriesPerWorkAuthorization],
    );

    // The sums the operations keep (authorized, invoiced, minutes logged, the monthly burn rows), by the migration's
    // backfill, after fresh statistics: without them the planner takes the tables for their demo-sized selves.
    await step("ANALYZE (burn)", `ANALYZE "PrimeSow", "WorkAuthorization", "TimeEntry", "Invoice"`);
    for (const [index, sql] of BURN_SUMS_SQL.entries()) await step(`Burn sums (${index + 1}/${BURN_SUMS_SQL.length})`, sql, ["clg%"]);

    await step(
      "TeamOpsAssessment",
      `INSERT INTO "TeamOpsAssessment" (id, "companyName", "contactName", "contactEmail", "companySize", "budgetCents", country, region,
              languages, "servicesWanted", "createdAt")
       SELECT ${id("q", "a")}, company, fn || ' ' || ln,
              lower(regexp_replace(fn || '.' || ln, '[^A-Za-z.]', '', 'g')) || '@prospect' || a || '.example.com',
              (ARRAY['SIZE_1_10','SIZE_11_50','SIZE_51_200','SIZE_201_1000','SIZE_1001_PLUS']::"CompanySize"[])[1 + a % 5],
              (30 + a % 370) * 50000, 'United States', (ARRAY['AMER','EMEA','APAC']::"Region"[])[1 + a % 3], ARRAY['English'],
              ARRAY['ASYNC_FIRST','TRANSPARENCY','RESULTS_FIRST']::"TeamOpsCategory"[],
              now()::timestamp - make_interval(days => a % 365)
       FROM generate_series(1, $1::int) a,
       LATERAL (SELECT ($2::text[])[1 + (a - 1) % array_length($2::text[], 1)] AS company,
                       ($3::text[])[1 + a % array_length($3::text[], 1)] AS fn,
                       ($4::text[])[1 + (a * 5) % array_length($4::text[], 1)] AS ln) n`,
      [v.assessments, names.companies, names.first, names.last],
    );

    await step(
      "TeamOpsAssessmentScore",
      `INSERT INTO "TeamOpsAssessmentScore" (id, "assessmentId", category, score)
       SELECT ${id("x", `(a - 1) * 9 + ord`)}, ${id("q", "a")}, category, 15 + (a * 7 + ord * 13) % 81
       FROM generate_series(1, $1::int) a,
       unnest(enum_range(NULL::"TeamOpsCategory")) WITH ORDINALITY AS c(category, ord)`,
      [v.assessments],
    );

    // Five different authorized partners per assessment: consecutive positions in the authorized list.
    await step(
      "Referral",
      `WITH authorized AS (
         SELECT id, row_number() OVER (ORDER BY id) AS rn
         FROM "Partner" WHERE id LIKE 'clgp%' AND status = 'AUTHORIZED'
       ), total AS (SELECT count(*) AS n FROM authorized)
       INSERT INTO "Referral" (id, "assessmentId", "partnerId", rank, score, "scoreBreakdown", status, "dealAmountCents", "wonAt",
              "createdAt", "updatedAt")
       SELECT ${id("f", `(a - 1) * $2 + r`)}, ${id("q", "a")}, ap.id, r, 30 + 20 + 20 + 15 + services,
              jsonb_build_object('region', 30, 'size', 20, 'budget', 20, 'language', 15, 'services', services), status,
              CASE WHEN status = 'WON' THEN (40 + a % 140) * 50000 END,
              CASE WHEN status = 'WON' THEN created + interval '40 days' END,
              created, CASE WHEN status = 'WON' THEN created + interval '40 days' ELSE created END
       FROM generate_series(1, $1::int) a
       CROSS JOIN generate_series(1, $2::int) r
       CROSS JOIN total
       CROSS JOIN LATERAL (SELECT 15 - r * 3 AS services,
                       (ARRAY['NEW','CONTACTED','QUALIFIED','PROPOSAL','WON','LOST']::"ReferralStatus"[])[1 + (a + r) % 6] AS status,
                       now()::timestamp - make_interval(days => a % 365) + interval '1 hour' AS created) g
       JOIN authorized ap ON ap.rn = 1 + ((a - 1) * $2 + r - 1) % total.n`,
      [v.assessments, v.referralsPerAssessment],
    );

    await step(
      "ReferralFee",
      `INSERT INTO "ReferralFee" (id, "referralId", "amountCents", status, "invoicedAt", "paidAt", "createdAt")
       SELECT 'clgg' || substr(id, 5), id, round("dealAmountCents" * 0.1), fee_status,
              CASE WHEN fee_status <> 'INVOICEABLE' THEN "wonAt" + interval '5 days' END,
              CASE WHEN fee_status = 'PAID' THEN "wonAt" + interval '35 days' END, "wonAt"
       FROM "Referral",
       LATERAL (SELECT (ARRAY['INVOICEABLE','INVOICED','PAID']::"ReferralFeeStatus"[])[1 + ascii(right(id, 1)) % 3] AS fee_status) f
       WHERE id LIKE 'clgf%' AND status = 'WON'`,
    );

    if (skipsForeignKeyTriggers) {
      const checkStarted = performance.now();
      const dangling = await findDanglingReferences(client);
      if (dangling.length) {
        const found = dangling.map(({ table, constraint, rows }) => `${rows} in ${table} (${constraint})`).join(", ");
        throw new Error(`The large seed made rows that point at no row: ${found}. Nothing was committed.`);
      }
      log(`  ${"Foreign keys checked".padEnd(30)} ${"".padStart(8)}       ${formatMs(performance.now() - checkStarted)}`);
    }
    await client.query(`INSERT INTO "ProgramSetting" (key, value, "updatedAt") VALUES ($1, to_jsonb(now()::timestamp::text), now()::timestamp)`, [
      LARGE_SEED_MARKER,
    ]);
    const commitStarted = performance.now();
    await client.query("COMMIT");
    log(`  ${"COMMIT".padEnd(30)} ${"".padStart(8)}       ${formatMs(performance.now() - commitStarted)}`);

    // Fresh statistics, or the planner keeps estimating the big tables from their demo-sized selves.
    const analyzeStarted = performance.now();
    await client.query("ANALYZE");
    log(`  ${"ANALYZE".padEnd(30)} ${"".padStart(8)}       ${formatMs(performance.now() - analyzeStarted)}`);
    log(`Large data seeded in ${formatMs(performance.now() - startedAt)}.`);
    return { created: true };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** Name pools sent to PostgreSQL as arrays; SQL combines them, so a few thousand names make 100k people. */
function fakerNames(): { first: string[]; last: string[]; companies: string[] } {
  faker.seed(FAKER_SEED);
  const companies = new Set<string>();
  // Unique company names up to a point; beyond it the SQL appends a number, so the set stays small.
  for (let attempts = 0; companies.size < 5_000 && attempts < 20_000; attempts++) companies.add(faker.company.name());
  return {
    first: faker.helpers.multiple(() => faker.person.firstName(), { count: 500 }),
    last: faker.helpers.multiple(() => faker.person.lastName(), { count: 500 }),
    companies: [...companies],
  };
}
