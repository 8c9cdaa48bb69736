// The one place that writes the hosting path into a page: <base href>, which
// every relative asset URL and the app's router base are read from.
export function setBase(html, base) {
  let path = base.trim() || "/";
  if (!path.startsWith("/")) path = `/${path}`;
  if (!path.endsWith("/")) path = `${path}/`;
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(path)) {
    throw new Error(`base path ${JSON.stringify(base)}: only letters, digits and . _ ~ - / are allowed`);
  }
  const tag = /<base href="[^"]*"\s*\/?>/;
  if (!tag.test(html)) throw new Error("the page has no <base href> to set");
  return html.replace(tag, `<base href="${path}" />`);
}
