// The dashboard's own browser code: downloads, clipboard, keyboard shortcuts and Plotly image export.
// Loaded as a module by DashboardInterop (the only C# class that calls it).

export function downloadText(fileName, mimeType, text) {
    const blob = new Blob([text], { type: mimeType });
    downloadBlob(fileName, blob);
}

function downloadBlob(fileName, blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Saves a figure the server drew as SVG text (e.g. the correlation heatmap): as is, or rasterised at 2x as PNG.
export async function downloadSvg(fileName, svgText, format) {
    const svgBlob = new Blob([svgText], { type: 'image/svg+xml' });
    if (format !== 'png') {
        downloadBlob(fileName, svgBlob);
        return true;
    }
    const url = URL.createObjectURL(svgBlob);
    try {
        const image = new Image();
        await new Promise((resolve, reject) => { image.onload = resolve; image.onerror = reject; image.src = url; });
        const canvas = document.createElement('canvas');
        canvas.width = image.width * 2;
        canvas.height = image.height * 2;
        const context = canvas.getContext('2d');
        context.scale(2, 2);
        context.drawImage(image, 0, 0);
        const png = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
        if (!png) {
            return false;
        }
        downloadBlob(fileName, png);
        return true;
    } catch {
        return false;
    } finally {
        URL.revokeObjectURL(url);
    }
}

// Exports a chart in the light theme whatever the page shows, at 2x for PNG, so figures drop into slides and papers.
export async function downloadPlot(containerSelector, format, fileName) {
    await freshPlot(document.querySelector(containerSelector));
    const gd = document.querySelector(containerSelector + ' .js-plotly-plot');
    if (!gd || !window.Plotly) {
        return false;
    }
    const layout = JSON.parse(JSON.stringify(gd.layout));
    layout.paper_bgcolor = '#ffffff';
    layout.plot_bgcolor = '#ffffff';
    layout.font = Object.assign({}, layout.font, { color: '#222222' });
    for (const key of Object.keys(layout)) {
        if (/^[xy]axis\d*$/.test(key)) {
            layout[key] = Object.assign({}, layout[key], { gridcolor: '#e5e5e5', linecolor: '#444444', zerolinecolor: '#bbbbbb' });
        }
    }
    const width = gd.clientWidth || 900;
    let height = gd.clientHeight || 500;
    // The notes shown under the plot on screen ("12 points not drawn: ..."), as a caption in the file only, so a
    // figure pasted into a paper still says what it leaves out.
    const container = document.querySelector(containerSelector);
    const notes = container ? [...container.querySelectorAll('[data-testid=plot-note]')].map(n => n.textContent.trim()).filter(n => n) : [];
    if (notes.length > 0) {
        const fontSize = (layout.font && layout.font.size) || 12;
        const caption = notes.length * Math.ceil(fontSize * 1.4) + 12;
        const bottom = (gd._fullLayout && gd._fullLayout._size && gd._fullLayout._size.b) || (layout.margin && layout.margin.b) || 60;
        layout.margin = Object.assign({}, layout.margin, { b: bottom + caption });
        layout.height = height + caption;
        height += caption;
        layout.annotations = (layout.annotations || []).concat([{
            text: notes.map(escapeHtml).join('<br>'),
            xref: 'paper', yref: 'paper', x: 0, y: 0, xanchor: 'left', yanchor: 'top', yshift: -bottom - 4,
            align: 'left', showarrow: false, font: { size: fontSize * 0.9, color: '#555555' },
        }]);
    }
    const url = await window.Plotly.toImage({ data: gd.data, layout: layout },
        { format: format, width: width, height: height, scale: format === 'png' ? 2 : 1 });
    const blob = await (await fetch(url)).blob();
    downloadBlob(fileName, blob);
    return true;
}

// Plotly reads a subset of HTML in annotation text: a note quoting a column name must show literally.
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function copyText(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}

let keyHandler = null;

// Presentation keys: p toggles, arrows step through slides, Escape leaves. Ignored while typing in a field.
export function listenForPresentationKeys(dotNetRef) {
    stopListening();
    keyHandler = e => {
        const target = e.target;
        if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) {
            return;
        }
        if (e.ctrlKey || e.metaKey || e.altKey) {
            return;
        }
        const keys = { 'p': 'toggle', 'P': 'toggle', 'ArrowRight': 'next', 'ArrowLeft': 'previous', 'Escape': 'exit', 'PageDown': 'next', 'PageUp': 'previous' };
        const action = keys[e.key];
        if (action) {
            dotNetRef.invokeMethodAsync('OnPresentationKey', action);
        }
    };
    document.addEventListener('keydown', keyHandler);
}

export function stopListening() {
    if (keyHandler) {
        document.removeEventListener('keydown', keyHandler);
        keyHandler = null;
    }
}

export function getItem(key) {
    try { return localStorage.getItem(key); } catch { return null; }
}

export function setItem(key, value) {
    try { localStorage.setItem(key, value); return true; } catch { return false; }
}

// Plots report whether they can be seen (a tenth of them on screen or more): a plot out of sight defers its redraw
// until it scrolls into view, so a slider tick redraws and ships only what can be seen (the residual panels below the
// fold cost about 100 ms a tick on a 7,169-row table).
const visibility = new Map();

export function observeVisibility(element, dotNetRef) {
    if (!element || !('IntersectionObserver' in window)) {
        return;
    }
    unobserveVisibility(element);
    const observer = new IntersectionObserver(entries => {
        const entry = entries[entries.length - 1];
        dotNetRef.invokeMethodAsync('OnVisibilityChanged', entry.isIntersecting && entry.intersectionRatio >= 0.1).catch(() => { });
    }, { threshold: [0, 0.1] });
    observer.observe(element);
    visibility.set(element, observer);
}

export function unobserveVisibility(element) {
    const observer = visibility.get(element);
    if (observer) {
        observer.disconnect();
        visibility.delete(element);
    }
}

// A plot whose redraw waits to be seen is brought into view, and given a moment to redraw, before it is exported.
async function freshPlot(container) {
    if (!container || container.dataset.stale !== 'true') {
        return;
    }
    container.scrollIntoView({ block: 'center' });
    for (let waited = 0; waited < 3000 && container.dataset.stale === 'true'; waited += 50) {
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}
