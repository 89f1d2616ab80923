import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/server/auth/session";
import { loadListPage } from "@/server/lists/load-list-page";
import { consultantList } from "@/server/subcontracting/consultant-list";
import { loadConsultantBoard, type ConsultantBoardColumn } from "@/server/subcontracting/list-consultant-board";
import { listConsultantPartners } from "@/server/subcontracting/list-consultant-partners";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { Card } from "@/components/card";
import { consultantStageOption } from "@/lib/consultants";
import { AddCandidateForm } from "./add-candidate-form";

export const metadata: Metadata = { title: "Consultants" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Board and list are two links: each is a page of its own address, so the view survives a reload and a shared link. */
function ViewSwitch({ view }: { view: "board" | "list" }) {
  const link = (target: "board" | "list", label: string) => (
    <Link
      href={target === "list" ? "/ps/consultants?view=list" : "/ps/consultants"}
      aria-current={view === target ? "page" : undefined}
      className={`rounded-md border px-3 py-1.5 text-sm font-medium ${
        view === target ? "border-blue-700 bg-blue-700 text-white" : "border-gray-300 bg-white text-blue-800 hover:bg-gray-50"
      }`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="View" className="flex gap-2">
      {link("board", "Board")}
      {link("list", "List")}
    </nav>
  );
}

function BoardColumn({ column }: { column: ConsultantBoardColumn }) {
  const headingId = `stage-${column.stage}`;
  const label = consultantStageOption(column.stage);
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-gray-200 bg-gray-50 p-3">
      <h3 id={headingId} className="mb-2 flex items-baseline justify-between gap-2 text-sm font-semibold text-gray-900">
        <span>{label}</span>
        <span className="text-gray-600">
          {column.count}
          <span className="sr-only"> {column.count === 1 ? "consultant" : "consultants"}</span>
        </span>
      </h3>
      {column.cards.length === 0 ? (
        <p className="text-sm text-gray-600">None.</p>
      ) : (
        <ul className="space-y-2">
          {column.cards.map((card) => (
            <li key={card.id}>
              <Link
                href={`/ps/consultants/${card.id}`}
                className="block rounded-md border border-gray-200 bg-white p-2 text-sm shadow-sm hover:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600 [overflow-wrap:anywhere]"
              >
                <span className="block font-medium text-blue-800">{card.name}</span>
                <span className="block text-gray-700">{card.partnerName}</span>
                <span className="block text-gray-600">
                  {card.daysInStage} {card.daysInStage === 1 ? "day" : "days"} in stage
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {column.count > column.cards.length ? (
        <p className="mt-2 text-sm">
          <Link href={`/ps/consultants?view=list&stage=${column.stage}`} className="text-blue-700 underline">
            Show all {column.count} in the list
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export default async function ConsultantsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCapability(consultantList.capability);
  const params = await searchParams;
  const view = params.view === "list" ? "list" : "board";
  const [partners, content] = await Promise.all([
    listConsultantPartners(user),
    view === "list"
      ? loadListPage(consultantList, user, params).then((list) => ({ view, list }) as const)
      : loadConsultantBoard(user).then((columns) => ({ view, columns }) as const),
  ]);
  return (
    <>
      <PageHeader
        title="Consultants"
        description="The subcontracting partners' consultants, from candidate to active on projects."
        actions={<ViewSwitch view={view} />}
      />
      <div className="space-y-6">
        <Card title="Add a candidate">
          {partners.length === 0 ? (
            <p className="text-sm text-gray-700">No subcontracting partners yet: a partner becomes one when its relationship type is set.</p>
          ) : (
            <AddCandidateForm partners={partners} />
          )}
        </Card>
        {content.view === "list" ? (
          <DataTable list={content.list} />
        ) : (
          <section aria-labelledby="pipeline-heading">
            <h2 id="pipeline-heading" className="mb-3 text-base font-semibold text-gray-900">
              Pipeline
            </h2>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5">
              {content.columns.map((column) => (
                <BoardColumn key={column.stage} column={column} />
              ))}
            </div>
          </section>
        )}
      </div>
    </>
  );
}
