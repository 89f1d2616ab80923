import type { Metadata } from "next";
import { requireCapability } from "@/server/auth/session";
import { listCtpTemplate } from "@/server/ctp/list-ctp-template";
import { CTP_OWNER_LABELS, CTP_SECTIONS } from "@/server/ctp/rules";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/card";
import { AddTemplateItemForm, MoveTemplateItemForm, RenameTemplateItemForm, SetTemplateItemActiveForm } from "./template-forms";

export const metadata: Metadata = { title: "CTP checklist" };

export default async function CtpTemplatePage() {
  await requireCapability("ctp.template.manage");
  const items = await listCtpTemplate();
  return (
    <>
      <PageHeader
        title="CTP checklist"
        description="The items every new CTP tracking is made of. Changes apply to trackings started afterwards; running trackings keep their checklist."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {CTP_SECTIONS.map(({ kind, label, owner }) => {
          const sectionItems = items.filter((item) => item.section === kind);
          return (
            <Card key={kind} title={label}>
              <p className="mb-2 text-sm text-gray-700">Owner: {CTP_OWNER_LABELS[owner]}</p>
              {sectionItems.length === 0 ? <p className="text-sm text-gray-600">No items yet.</p> : null}
              <ol className="space-y-3 text-sm">
                {sectionItems.map((item, index) => (
                  <li key={item.id} className="rounded-md border border-gray-100 p-2">
                    <p className={item.active ? "break-words text-gray-900" : "break-words text-gray-600 line-through"}>
                      {item.title}
                      {item.perCandidate ? <span className="ml-2 text-xs text-gray-700 no-underline">(each trainer candidate)</span> : null}
                      {item.active ? null : <span className="ml-2 text-xs text-gray-700">(deactivated)</span>}
                    </p>
                    <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                      {index > 0 ? <MoveTemplateItemForm itemId={item.id} title={item.title} direction="up" /> : null}
                      {index < sectionItems.length - 1 ? <MoveTemplateItemForm itemId={item.id} title={item.title} direction="down" /> : null}
                      <SetTemplateItemActiveForm itemId={item.id} title={item.title} active={item.active} />
                    </div>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-blue-700">
                        Rename<span className="sr-only"> “{item.title}”</span>
                      </summary>
                      <RenameTemplateItemForm itemId={item.id} title={item.title} />
                    </details>
                  </li>
                ))}
              </ol>
            </Card>
          );
        })}
        <Card title="Add an item">
          <AddTemplateItemForm sections={CTP_SECTIONS.map(({ kind, label }) => ({ value: kind, label }))} />
        </Card>
      </div>
    </>
  );
}
