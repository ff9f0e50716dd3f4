// Draws lanes of events on one time axis: each event as its date's bounds (a day a point, a month a bar,
// a quarter a longer bar), undated ones in a tray of their own. Every text is set as text, never as HTML.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 1000;
const MARGIN = 12;
const ROWS = ['LAYOFF_WAVE', 'STATEMENT', 'CAPEX', 'FINANCIAL_RESULT', 'other'];
const ROW_HEIGHT = 34;
const DAY = 86_400_000;

const day = (text) => Date.parse(text + 'T00:00:00Z');
const row = (kind) => (ROWS.includes(kind) ? kind : 'other');

/** The span of days every lane's dated events cover, a little wider. */
export function scaleOf(lanes) {
    let from = Infinity;
    let to = -Infinity;
    for (const lane of lanes) {
        for (const e of lane.events) {
            if (e.date.earliest && e.date.latest) {
                from = Math.min(from, day(e.date.earliest));
                to = Math.max(to, day(e.date.latest) + DAY);
            }
        }
    }
    if (!Number.isFinite(from)) {
        const now = Date.now();
        return { from: now - 365 * DAY, to: now };
    }
    const pad = Math.max(15 * DAY, (to - from) * 0.03);
    return { from: from - pad, to: to + pad };
}

function x(scale, time) {
    return MARGIN + ((time - scale.from) / (scale.to - scale.from)) * (WIDTH - 2 * MARGIN);
}

function element(name, attributes = {}, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) {
        node.setAttribute(key, value);
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

function html(name, attributes = {}, text) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) {
        node.setAttribute(key, value);
    }
    if (text !== undefined) {
        node.textContent = text;
    }
    return node;
}

function ticks(svg, scale, height) {
    const years = new Date(scale.to).getUTCFullYear() - new Date(scale.from).getUTCFullYear();
    const quarters = years < 3;
    const start = new Date(scale.from);
    let t = Date.UTC(start.getUTCFullYear(), quarters ? Math.floor(start.getUTCMonth() / 3) * 3 : 0, 1);
    while (t <= scale.to) {
        const date = new Date(t);
        if (t >= scale.from) {
            const at = x(scale, t);
            svg.append(element('line', { class: 'tick', x1: at, x2: at, y1: 0, y2: height - 14 }));
            const label = quarters
                ? `Q${date.getUTCMonth() / 3 + 1} ${date.getUTCFullYear()}` : `${date.getUTCFullYear()}`;
            svg.append(element('text', { class: 'tick-label', x: at + 2, y: height - 3 }, label));
        }
        t = quarters ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 3, 1)
            : Date.UTC(date.getUTCFullYear() + 1, 0, 1);
    }
}

function freeCashFlow(e) {
    return (e.figures ?? []).find((f) => f.metric === 'FREE_CASH_FLOW');
}

/** A short label of what an event is, for its tooltip and the lists. */
export function describe(e) {
    const when = e.date.text || (e.date.known ? `${e.date.earliest} to ${e.date.latest}` : 'undated');
    return `${when}: ${e.title}`;
}

function shape(e, scale, y) {
    const from = x(scale, day(e.date.earliest));
    const to = x(scale, day(e.date.latest) + DAY);
    const kind = `event kind-${row(e.kind)}`;
    const size = e.headcount ? Math.min(16, 4 + Math.sqrt(e.headcount) / 12) : 5;
    if (e.date.precision === 'DAY' || to - from < 4) {
        return element('circle', { class: kind, cx: (from + to) / 2, cy: y, r: size });
    }
    return element('rect', { class: kind, x: from, y: y - size, width: Math.max(4, to - from), height: 2 * size, rx: 3 });
}

/**
 * A lane: its name, the axis with its events, the undated tray, and a list of the events for the keyboard
 * and for print.
 */
export function drawLane(lane, scale, { selected, marks, onSelect, onRemove }) {
    const section = html('section', { class: 'lane', 'data-lane': `${lane.type}:${lane.id}` });
    const heading = html('h2', {}, `${lane.name} (${lane.events.length} events)`);
    const remove = html('button', { type: 'button', 'aria-label': `Remove ${lane.name}` }, 'Remove');
    remove.addEventListener('click', onRemove);
    heading.append(remove);
    section.append(heading);

    const height = ROWS.length * ROW_HEIGHT + 18;
    const svg = element('svg', { class: 'axis', viewBox: `0 0 ${WIDTH} ${height}`, role: 'group',
        'aria-label': `Timeline of ${lane.name}` });
    ticks(svg, scale, height);
    const dated = lane.events.filter((e) => e.date.known && e.date.earliest && e.date.latest);
    const undated = lane.events.filter((e) => !dated.includes(e));
    for (const e of dated) {
        const y = ROWS.indexOf(row(e.kind)) * ROW_HEIGHT + ROW_HEIGHT / 2;
        const node = shape(e, scale, y);
        node.setAttribute('tabindex', '0');
        node.setAttribute('role', 'button');
        node.setAttribute('data-event', e.id);
        node.setAttribute('aria-label', describe(e));
        if (marks.has(e.id)) {
            node.classList.add(marks.get(e.id));
        }
        if (selected === e.id) {
            node.classList.add('selected');
        }
        node.append(element('title', {}, describe(e)));
        node.addEventListener('click', () => onSelect(e));
        node.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(e);
            }
        });
        svg.append(node);
        const fcf = freeCashFlow(e);
        if (fcf) {
            const cx = (x(scale, day(e.date.earliest)) + x(scale, day(e.date.latest) + DAY)) / 2;
            if (fcf.value < 0) {
                svg.append(element('circle', { class: 'negative', cx, cy: y, r: 10 }));
            }
            // A label where it has room (or marks a negative figure); the rest say it in their tooltip and list.
            const width = x(scale, day(e.date.latest) + DAY) - x(scale, day(e.date.earliest));
            if (fcf.value < 0 || width >= 120) {
                svg.append(element('text', { class: 'figure-label', x: cx + 12, y: y + 4 }, `FCF ${fcf.text ?? fcf.value}`));
            }
        }
    }
    section.append(svg);

    const legend = html('p', { class: 'legend' });
    for (const [kind, label] of [['LAYOFF_WAVE', 'layoff waves (size: headcount)'], ['STATEMENT', 'statements'],
        ['CAPEX', 'capex'], ['FINANCIAL_RESULT', 'financial results (ring: negative FCF)'], ['other', 'other']]) {
        legend.append(html('span', { class: `swatch kind-${kind}` }), label);
    }
    section.append(legend);

    if (undated.length) {
        const tray = html('div', { class: 'undated' }, `Undated (${undated.length}): `);
        for (const e of undated) {
            const button = html('button', { type: 'button', 'data-event': e.id }, e.title);
            button.addEventListener('click', () => onSelect(e));
            tray.append(button);
        }
        section.append(tray);
    }

    const list = html('ol', { class: 'events-list', 'aria-label': `Events of ${lane.name}` });
    for (const e of lane.events) {
        const item = html('li');
        const button = html('button', { type: 'button', 'data-event': e.id }, describe(e));
        button.addEventListener('click', () => onSelect(e));
        item.append(button);
        list.append(item);
    }
    section.append(list);
    return section;
}

/** An event's detail: the date as written, its fields, each citation, and its dispute if any. */
export function drawDetail(e, dispute) {
    const fragment = document.createDocumentFragment();
    fragment.append(html('h2', {}, e.title));
    const fields = html('dl');
    const field = (name, value) => {
        if (value !== null && value !== undefined && value !== '') {
            fields.append(html('dt', {}, name), html('dd', {}, String(value)));
        }
    };
    field('Date, as the source wrote it', e.date.text ?? 'not given');
    field('Bounds', e.date.known ? `${e.date.earliest} to ${e.date.latest} (${e.date.precision.toLowerCase()})`
        : 'unknown');
    field('Kind', e.kind.toLowerCase().replaceAll('_', ' '));
    field('Headcount', e.headcount?.toLocaleString('en-US'));
    field('Scope', e.scope);
    field('Period', e.period);
    field('Reported on', e.reportedOn?.text);
    for (const f of e.figures ?? []) {
        field(f.metric.toLowerCase().replaceAll('_', ' '), f.text ?? `${f.value} ${f.unit}`);
    }
    field('Quote', e.quote);
    field('Summary', e.summary);
    fragment.append(fields);

    fragment.append(html('h3', {}, `Citations (${e.citations.length})`));
    for (const c of e.citations) {
        const citation = html('div', { class: 'citation' });
        citation.append(html('blockquote', {}, c.excerpt));
        const source = html('p');
        const title = c.source.title ?? c.source.url ?? 'a source without a title';
        if (c.source.url && /^https?:\/\//i.test(c.source.url)) {
            source.append(html('a', { href: c.source.url, rel: 'noopener noreferrer', target: '_blank' }, title));
        } else {
            source.append(title);
        }
        const about = [c.source.publisher, c.source.publishedOn?.text && `published ${c.source.publishedOn.text}`,
            c.knownSince && `on record since ${c.knownSince}`].filter(Boolean).join(' · ');
        if (about) {
            source.append(` · ${about}`);
        }
        citation.append(source);
        fragment.append(citation);
    }

    if (dispute) {
        fragment.append(html('h3', {}, `Disputed: ${dispute.about.map((a) => a.toLowerCase()).join(', ')}`));
        const table = html('table', { class: 'claims' });
        const head = html('tr');
        for (const name of ['Source', 'Headcount', 'Date', 'Amount', 'Words']) {
            head.append(html('th', {}, name));
        }
        table.append(head);
        for (const claim of dispute.claims) {
            const line = html('tr');
            for (const value of [claim.citation.source.title ?? claim.citation.source.url, claim.headcount?.toLocaleString('en-US'),
                claim.date?.text, claim.amount?.text ?? claim.amount?.exact, claim.citation.excerpt]) {
                line.append(html('td', {}, value ?? ''));
            }
            table.append(line);
        }
        fragment.append(table);
    }
    return fragment;
}
