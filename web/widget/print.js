// "Print" in one widget prints that widget alone, not the host page around it nor the other
// widgets on it: while the print dialog is open, a document-level sheet hides every element that
// neither is, nor contains, nor is inside the widget being printed. A constructed sheet, so that
// a strict style-src does not block it. Printing the page itself (Ctrl+P) prints it whole.
const PRINTING = 'data-couverture-printing';
const PRINT_ONLY_THIS = `@media print{body :not(:has([${PRINTING}])):not([${PRINTING}]):not([${PRINTING}] *){display:none!important}}`;

export function printOnly(element) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_ONLY_THIS);
  element.setAttribute(PRINTING, '');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.addEventListener('afterprint', () => {
    element.removeAttribute(PRINTING);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }, {once: true});
  window.print();
}
