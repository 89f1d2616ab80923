"use client";
// The drawing of a burn chart (recharts needs the browser to measure its box). It is one image to assistive
// technology, named by its summary; the figures themselves are in the table beside it (burn-chart.tsx).
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/format";

export interface BurnPlotPoint {
  label: string;
  loggedValueCents: number;
  invoicedCents: number;
}

const COMPACT_DOLLARS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 });

export function BurnChartPlot({ points, summary }: { points: BurnPlotPoint[]; summary: string }) {
  return (
    <div role="img" aria-label={summary} className="w-full">
      <BarChart responsive accessibilityLayer={false} data={points} style={{ width: "100%", height: 260 }} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={(cents: number) => COMPACT_DOLLARS.format(cents / 100)} tick={{ fontSize: 12 }} width={56} />
        <Tooltip formatter={(cents) => formatMoney(Number(cents))} />
        <Legend />
        <Bar dataKey="loggedValueCents" name="Hours logged (value)" fill="#2563eb" />
        <Bar dataKey="invoicedCents" name="Invoiced" fill="#b45309" />
      </BarChart>
    </div>
  );
}
