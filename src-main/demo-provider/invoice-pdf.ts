/** Renders a demo invoice as a one-page PDF (what dl.php?type=i serves). */
import { NO_DATETIME } from './dates';
import type { DemoClient, DemoInvoice } from './model';
import { buildPdf, type PdfLine } from './pdf';
import { dec } from './whmcs-format';

/** The invoice PDF: number, dates, status, items with amounts, totals. */
export function renderInvoicePdf(client: DemoClient, invoice: DemoInvoice): Buffer {
  const number = invoice.invoicenum || String(invoice.id);
  const money = (minor: number): string => `${dec(minor)} ${client.currencyCode}`;
  const lines: PdfLine[] = [
    { text: 'Demo Host BV', size: 16 },
    { text: `Invoice #${number}`, size: 14, gapBefore: 8 },
    { text: `Invoice date: ${invoice.date}` },
    { text: `Due date: ${invoice.duedate}` },
    ...(invoice.datepaid !== NO_DATETIME ? [{ text: `Paid on: ${invoice.datepaid}` }] : []),
    { text: `Status: ${invoice.status}` },
    {
      text: `Invoiced to: ${client.companyname}, ${client.firstname} ${client.lastname}`,
      gapBefore: 8
    },
    {
      text: `${client.address1}, ${client.postcode} ${client.city}, ${client.countrycode} - VAT ${client.taxId}`
    },
    { text: 'Items', size: 12, gapBefore: 10 },
    ...invoice.items.map((item) => ({
      text: `${item.description}  ${money(item.amountMinor)}`,
      size: 10
    })),
    { text: `Sub total: ${money(invoice.subtotalMinor)}`, gapBefore: 10 },
    { text: `VAT ${invoice.taxrate}%: ${money(invoice.taxMinor)}` },
    { text: `Credit: ${money(invoice.creditMinor)}` },
    { text: `Total: ${money(invoice.totalMinor)}`, size: 12 }
  ];
  return buildPdf(lines, `Invoice ${number}`);
}
