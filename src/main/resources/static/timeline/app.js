// The timeline page: lanes of organizations and people on one axis, an event's citations and disputes,
// the question form and the as-of day. Its state lives in the URL, so a link shows a colleague the same view.
import { disputes, lane, related, suggestions } from './api.js';
import { drawDetail, drawLane, scaleOf, describe } from './draw.js';

const state = {
    lanes: [], // {type, id}
    asOf: '',
    selected: null,
    question: null, // {kind, metric, direction, value, anchor, relation, days, match}
};
const loaded = new Map(); // "type:id" -> lane with its events
const disputed = new Map(); // "type:id" -> Map(event id -> dispute)
let marks = new Map(); // event id -> "certain" | "possible"

const $ = (id) => document.getElementById(id);

/** The question form's fields, in the order the address keeps them. */
const QUESTION = ['kind', 'metric', 'direction', 'value', 'anchor', 'relation', 'days', 'match'];
const RELATIONS = { AFTER: 'after', WITHIN_DAYS_AFTER: 'within {days} days after', BEFORE: 'before' };

function readUrl() {
    const params = new URLSearchParams(location.search);
    const lanes = params.getAll('lane');
    state.lanes = (lanes.length ? lanes : (params.has('empty') ? [] : ['organization:amazon']))
        .map((value) => value.split(':'))
        .filter(([type, id]) => (type === 'organization' || type === 'person') && id)
        .map(([type, id]) => ({ type, id }));
    state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') ?? '') ? params.get('asOf') : '';
    state.selected = params.get('event');
    const q = params.get('q');
    if (q) {
        // Links made before the relation and the match were asked keep working: after the first period.
        const [kind, metric, direction, value, anchor, relation = 'AFTER', days = '90', match = 'FIRST'] = q.split(',');
        state.question = { kind, metric, direction, value, anchor, relation, days, match };
    }
}

function writeUrl() {
    const params = new URLSearchParams();
    if (!state.lanes.length) {
        params.set('empty', '');
    }
    state.lanes.forEach((l) => params.append('lane', `${l.type}:${l.id}`));
    if (state.asOf) {
        params.set('asOf', state.asOf);
    }
    if (state.selected) {
        params.set('event', state.selected);
    }
    if (state.question) {
        const q = state.question;
        params.set('q', QUESTION.map((k) => q[k]).join(','));
    }
    history.replaceState(null, '', `${location.pathname}?${params}`);
    writeExports();
}

/** The export links: the same lanes and day as the page, as files for other tools. */
function writeExports() {
    const params = new URLSearchParams();
    state.lanes.forEach((l) => params.append('lane', `${l.type}:${l.id}`));
    if (state.asOf) {
        params.set('asOf', state.asOf);
    }
    for (const link of document.querySelectorAll('#exports a[data-file]')) {
        link.href = `/export/${link.dataset.file}?${params}`;
    }
    $('exports').hidden = !state.lanes.length;
}

function status(text, error = false) {
    $('status').textContent = text;
    $('status').className = error ? 'error' : '';
}

async function load() {
    status('Loading…');
    const started = performance.now();
    try {
        // The lanes load side by side; the browser keeps a few requests in flight at once.
        const lanes = await Promise.all(state.lanes.map(async (l) => [`${l.type}:${l.id}`,
            await lane(l.type, l.id, state.asOf),
            l.type === 'organization' ? await disputes(l.id, state.asOf) : new Map()]));
        for (const [key, data, disputes] of lanes) {
            loaded.set(key, data);
            disputed.set(key, disputes);
        }
        await askQuestion();
        draw();
        const events = [...loaded.values()].reduce((n, l) => n + l.events.length, 0);
        status(`${events} events${state.asOf ? ` known on ${state.asOf}` : ''}.`);
        document.body.dataset.loadedMs = String(Math.round(performance.now() - started));
    } catch (e) {
        status(e.message, true);
    }
}

function draw() {
    const drawStarted = performance.now();
    const lanes = state.lanes.map((l) => loaded.get(`${l.type}:${l.id}`)).filter(Boolean);
    const scale = scaleOf(lanes);
    const container = $('lanes');
    container.replaceChildren();
    for (const l of lanes) {
        container.append(drawLane(l, scale, {
            selected: state.selected,
            marks,
            onSelect: (e) => select(e.id),
            onRemove: () => {
                state.lanes = state.lanes.filter((x) => !(x.type === l.type && x.id === l.id));
                loaded.delete(`${l.type}:${l.id}`);
                writeUrl();
                askQuestion().then(draw);
            },
        }));
    }
    showDetail();
    document.body.dataset.drawMs = String(Math.round(performance.now() - drawStarted));
    // Until the browser has laid out and painted what was built: the time a reader waits.
    delete document.body.dataset.paintedMs;
    requestAnimationFrame(() => setTimeout(() => {
        document.body.dataset.paintedMs = String(Math.round(performance.now() - drawStarted));
    }));
}

function find(eventId) {
    for (const [key, l] of loaded) {
        const e = l.events.find((x) => x.id === eventId);
        if (e) {
            return { event: e, dispute: disputed.get(key)?.get(eventId) };
        }
    }
    return null;
}

function select(eventId) {
    state.selected = eventId;
    writeUrl();
    document.querySelectorAll('.event.selected').forEach((n) => n.classList.remove('selected'));
    document.querySelectorAll(`.event[data-event="${CSS.escape(eventId)}"]`).forEach((n) => n.classList.add('selected'));
    showDetail();
}

function showDetail() {
    const found = state.selected ? find(state.selected) : null;
    $('detail').replaceChildren(found ? drawDetail(found.event, found.dispute) : '');
}

async function askQuestion() {
    marks = new Map();
    const answer = $('answer');
    answer.replaceChildren();
    if (!state.question) {
        return;
    }
    const q = state.question;
    const relation = RELATIONS[q.relation].replace('{days}', q.days);
    const period = `${q.match === 'ANY' ? 'any' : 'the first'} period`;
    for (const l of state.lanes.filter((x) => x.type === 'organization')) {
        const name = loaded.get(`${l.type}:${l.id}`)?.name ?? l.id;
        let result;
        try {
            result = await related(l.id, q);
        } catch (e) {
            answer.append(Object.assign(document.createElement('p'), { className: 'error', textContent: `${name}: ${e.message}` }));
            continue;
        }
        const edges = result.edges;
        const certain = edges.filter((e) => e.certainty === 'CERTAIN').length;
        const counts = edges.map((e) => e.node.headcount).filter((n) => typeof n === 'number');
        const heading = document.createElement('p');
        heading.textContent = `${name}: ${edges.length}${result.pageInfo.hasNextPage ? '+' : ''} ${relation} ${period}`
            + ` (${certain} certain, ${edges.length - certain} possible)`
            + (counts.length ? `, ${counts.reduce((a, b) => a + b, 0).toLocaleString('en-US')} jobs in all` : '')
            + (edges.length ? '.' : ': none.');
        answer.append(heading);
        const list = document.createElement('ul');
        for (const edge of edges) {
            marks.set(edge.node.id, edge.certainty.toLowerCase());
            const item = document.createElement('li');
            item.className = edge.certainty.toLowerCase();
            const button = document.createElement('button');
            button.type = 'button';
            button.dataset.event = edge.node.id;
            button.textContent = `${edge.certainty.toLowerCase()}: ${edge.node.date.text ?? ''} ${edge.node.title}`
                + ` (${relation} ${anchorText(edge.anchor, q)})`;
            button.addEventListener('click', () => select(edge.node.id));
            item.append(button);
            list.append(item);
        }
        answer.append(list);
    }
}

/** A period as the answer names it: "Q3 2025, free cash flow a loss of $4.8 billion, reported on ...". */
function anchorText(anchor, q) {
    const figure = (anchor.figures ?? []).find((f) => f.metric === q.metric);
    const when = q.anchor === 'REPORTED' ? `, reported ${anchor.reportedOn?.text ?? 'on a day no source gives'}` : '';
    return `${anchor.period ?? anchor.id}${figure ? `, ${figure.text ?? figure.value}` : ''}${when}`;
}

function wire() {
    let typing;
    $('name').addEventListener('input', () => {
        clearTimeout(typing);
        const text = $('name').value.trim();
        if (text.length < 2) {
            return;
        }
        typing = setTimeout(async () => {
            const options = (await suggestions(text).catch(() => [])).map((s) => {
                const option = document.createElement('option');
                option.value = s.name;
                option.label = `${s.name} (${s.type})`;
                return option;
            });
            $('suggestions').replaceChildren(...options);
        }, 200);
    });
    $('find').addEventListener('submit', async (event) => {
        event.preventDefault();
        const text = $('name').value.trim();
        if (!text) {
            return;
        }
        const found = await suggestions(text).catch((e) => { status(e.message, true); return []; });
        if (!found.length) {
            status(`Nothing in Casefile is called "${text}".`, true);
            return;
        }
        const choice = found[0];
        if (!state.lanes.some((l) => l.type === choice.type && l.id === choice.id)) {
            state.lanes.push({ type: choice.type, id: choice.id });
        }
        $('name').value = '';
        writeUrl();
        await load();
    });
    $('asof-day').addEventListener('change', async () => {
        state.asOf = $('asof-day').value;
        writeUrl();
        await load();
    });
    $('asof-clear').addEventListener('click', async () => {
        $('asof-day').value = '';
        state.asOf = '';
        writeUrl();
        await load();
    });
    $('ask').elements.namedItem('relation').addEventListener('change', showDays);
    $('ask').addEventListener('submit', async (event) => {
        event.preventDefault();
        const form = new FormData($('ask'));
        state.question = Object.fromEntries(QUESTION.map((k) => [k, form.get(k)]));
        writeUrl();
        await askQuestion();
        draw();
    });
}

function fillForms() {
    $('asof-day').value = state.asOf;
    if (state.question) {
        for (const [name, value] of Object.entries(state.question)) {
            const field = $('ask').elements.namedItem(name);
            if (field && value !== undefined) {
                field.value = value;
            }
        }
    }
    showDays();
}

/** The number of days belongs to "within some days after" only. */
function showDays() {
    $('days-part').hidden = !$('ask').elements.namedItem('relation').value.startsWith('WITHIN');
}

readUrl();
fillForms();
writeExports();
wire();
load();
// For the page's tests and anyone curious: what each drawn event is.
window.casefileDescribe = describe;
