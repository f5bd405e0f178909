/** Saves `data` as a file through a temporary link. */
export function download(name: string, type: string, data: BlobPart) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

/** The export SVG (drawing and legend) with the page's colours written in, as text. */
export function svgText(id: string): string {
  const svg = document.getElementById(id);
  if (!svg) return "";
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const color = getComputedStyle(document.documentElement).color;
  clone.setAttribute("style", `color:${color};font-family:system-ui,sans-serif`);
  return new XMLSerializer().serializeToString(clone);
}

/** Renders the export SVG to a PNG at twice its size and saves it. */
export function exportPng(id: string, name: string) {
  const svg = document.getElementById(id);
  const box = svg?.getAttribute("viewBox")?.split(" ").map(Number) ?? [0, 0, 1280, 640];
  const [width = 1280, height = 640] = box.slice(2);
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && download(name, "image/png", blob));
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(id))}`;
}
