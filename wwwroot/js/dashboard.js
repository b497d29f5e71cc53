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

// Exports a chart in the light theme whatever the page shows, at 2x for PNG, so figures drop into slides and papers.
export async function downloadPlot(containerSelector, format, fileName) {
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
    const height = gd.clientHeight || 500;
    const url = await window.Plotly.toImage({ data: gd.data, layout: layout },
        { format: format, width: width, height: height, scale: format === 'png' ? 2 : 1 });
    const blob = await (await fetch(url)).blob();
    downloadBlob(fileName, blob);
    return true;
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
