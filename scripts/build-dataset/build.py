#!/usr/bin/env python3
"""Builds data/*.json (except data/geo/) from the research base plus the curated text in this folder.

    python3 scripts/build-dataset/build.py [--research /work/shared/research]

Mechanical mapping lives here; every sentence of published text lives in people_*.py, events_text.py and
context.py, written in our own words. Re-running overwrites the JSON files; data/README.md is written by hand.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from context import COURTS, CONTEXT, ORGS, PLACES, TIMELINE_PEOPLE  # noqa: E402
from events_text import EXTRA, TIMELINE  # noqa: E402
from people_aug import PEOPLE as AUG  # noqa: E402
from people_feb import PEOPLE as FEB  # noqa: E402
from people_jan import PEOPLE as JAN  # noqa: E402
from sources import Registry  # noqa: E402
from ties_text import TIE_DETAILS  # noqa: E402

AS_OF = '2026-03-20'
REPO = HERE.parent.parent


def norm(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower().strip()


def slug(s):
    return re.sub(r'[^a-z0-9]+', '-', norm(s)).strip('-')


def iso(d):
    """Research dates such as '2026-03 (hearing of …)' or '2025 (autumn)' → the ISO prefix they state."""
    if not d:
        return None
    m = re.match(r'(\d{4}(?:-\d{2}(?:-\d{2})?)?)', d)
    return m.group(1) if m else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--research', default=os.environ.get('RESEARCH_DIR', '/work/shared/research'))
    ap.add_argument('--out', default=str(REPO / 'data'))
    args = ap.parse_args()
    R = Path(args.research)
    load = lambda f: json.loads((R / f).read_text())  # noqa: E731
    rosters = {
        'feb-2025': load('transfer-2025-02-27.json'),
        'aug-2025': load('transfer-2025-08-12.json'),
        'jan-2026': load('transfer-2026-01-20.json'),
    }
    timeline = load('timeline.json')
    network = load('network.json')
    terr = load('territories.json')
    reg = Registry(AS_OF)

    # ---------------------------------------------------------------- transfers
    tdates = {'feb-2025': '2025-02-27', 'aug-2025': '2025-08-12', 'jan-2026': '2026-01-20'}

    def ev_urls(tid):
        srcs = rosters[tid]['event']['sources']
        return [s['url'] if isinstance(s, dict) else s for s in srcs]

    transfers = [
        dict(id='feb-2025', date='2025-02-27', count=29, label='First transfer: 29 people',
             summary='Mexico moved 29 prisoners from jails across the country to the Santa Lucía air base and flew them on military aircraft to eight US cities, hours after a written request from the US Justice Department and as its ministers negotiated over tariffs in Washington. Those sent included Rafael Caro Quintero, the Treviño Morales brothers and Vicente Carrillo Fuentes.',
             legalBasis='Not an extradition: Mexico invoked Article 5 of the National Security Law and Article 89 of the Constitution, arguing that pending injunctions did not apply; US officials called it an expulsion.',
             origin='santa-lucia',
             arrivals=[dict(place=p, count=c) for p, c in [('washington-dc', 7), ('phoenix', 6), ('houston', 4), ('mckinney', 3), ('san-antonio', 3), ('chicago', 2), ('jfk', 2), ('white-plains', 2)]],
             urls=ev_urls('feb-2025')),
        dict(id='aug-2025', date='2025-08-12', count=26, label='Second transfer: 26 people',
             summary='Mexico\'s National Security Council sent 26 prisoners from nine jails to five US arrival points on twelve military aircraft, after the US Justice Department promised not to seek the death penalty. The group included El Mencho\'s brother-in-law Abigael González Valencia and La Familia Michoacana founder Servando Gómez, "La Tuta".',
             legalBasis='A decision of Mexico\'s National Security Council under Article 5 of the National Security Law, at the DOJ\'s request; not a treaty extradition, although Mexico said all 26 had extradition orders.',
             origin='santa-lucia',
             arrivals=[dict(place=p, count=c) for p, c in [('white-plains', 8), ('phoenix', 6), ('dulles', 6), ('san-diego', 5), ('jfk', 1)]],
             urls=ev_urls('aug-2025')),
        dict(id='jan-2026', date='2026-01-20', count=37, label='Third transfer: 37 people',
             summary='The largest transfer: 37 prisoners gathered at the Altiplano prison were flown on seven military aircraft, mostly from Toluca, to six US destinations, bringing the total under President Sheinbaum to 92. The DOJ said they faced charges in 16 districts; three names were kept sealed.',
             legalBasis='A National Security Council decision under the National Security Law at the DOJ\'s request, with a US commitment not to seek the death penalty; the DOJ called it the third use of that law.',
             origin='toluca',
             arrivals=[dict(place=p, count=None) for p in ['washington-dc', 'houston', 'new-york', 'pennsylvania', 'san-antonio', 'san-diego']],
             urls=rosters['jan-2026']['event']['sources']),
    ]
    for t in transfers:
        t['sources'] = [reg.add(u, hint=t['date']) for u in t.pop('urls')]

    # ---------------------------------------------------------------- people
    people, person_names = [], {}
    for tid, curated in (('feb-2025', FEB), ('aug-2025', AUG), ('jan-2026', JAN)):
        roster = rosters[tid]['people']
        for c in curated:
            r = roster[c['idx'] - 1]
            kind = c.get('kind', 'named')
            hint = tdates[tid]
            cap = c.get('capture')
            urls = c.get('sources') or [s['url'] if isinstance(s, dict) else s for s in r['sources']]
            status_src = [u['source'] for u in r.get('status_updates', []) if u.get('source')]
            srcs = []
            for u in urls + status_src:
                sid = reg.add(u, hint=hint)
                if sid not in srcs:
                    srcs.append(sid)
            history = []
            for d, text, hurls in c.get('history', []):
                hs = [reg.add(u, hint=d) for u in hurls]
                history.append(dict(date=d, text=text, sources=hs))
                for s in hs:
                    if s not in srcs:
                        srcs.append(s)
            v, sd, detail, sentence = c['status']
            status = dict(value=v, date=sd, detail=detail)
            if sentence:
                status['sentence'] = sentence
            rec = dict(
                id=c['id'], kind=kind, name=c.get('name') if kind == 'named' else None,
                nameVariants=c.get('variants', []) if kind == 'named' else [],
                aliases=c.get('aliases', []) if kind == 'named' else [],
                transfer=tid, nationality=c.get('nationality'), organization=c.get('org'), faction=c.get('faction'),
                role=c.get('role'), court=c.get('court'), courtNote=c.get('court_note'), charges=c.get('charges', []),
                allegation=c.get('allegation'),
                capture=None if cap is None else dict(date=cap[0], place=cap[1], note=cap[2]),
                status=status, history=history, confidence=c['confidence'], description=c.get('description'),
                conflicts=c.get('conflicts', []), sources=srcs,
            )
            people.append(rec)
            if rec['name']:
                for n in [rec['name']] + rec['nameVariants']:
                    person_names[norm(n)] = rec['id']

    node_person = {}
    for n in network['nodes']:
        if n['type'] == 'person' and n.get('transferred'):
            pid = person_names.get(norm(n['name']))
            if not pid:
                alias = {'Óscar Omar Treviño Morales': 'omar-trevino-morales', 'Kevin Alonso Gil Acosta': 'kevin-gil-acosta'}
                pid = alias.get(n['name'])
            if not pid:
                raise SystemExit(f'network node {n["id"]} ({n["name"]}) matches no transferred person')
            node_person[n['id']] = pid
    nodes = {n['id']: n for n in network['nodes']}
    for nid, pid, name, aliases, org, role, st, nat in CONTEXT:
        n = nodes[nid]
        srcs = [reg.add(u) for u in n['sources']]
        v, sd, detail, sentence = st
        status = dict(value=v, date=sd, detail=detail)
        if sentence:
            status['sentence'] = sentence
        people.append(dict(id=pid, kind='named', name=name, nameVariants=[], aliases=aliases, transfer=None,
                           nationality=nat, organization=org, faction=None, role=role, court=None, courtNote=None,
                           charges=[], allegation=None, capture=None, status=status, history=[], confidence='high',
                           description=None, conflicts=[], sources=srcs))
        node_person[nid] = pid
        person_names[norm(name)] = pid
    for pid, name, aliases, org, role, st, tix, tname in TIMELINE_PEOPLE:
        srcs = [reg.add(u, hint=iso(timeline[tix]['date'])) for u in timeline[tix]['sources']]
        v, sd, detail, sentence = st
        people.append(dict(id=pid, kind='named', name=name, nameVariants=[], aliases=aliases, transfer=None,
                           nationality='American' if pid in ('enrique-camarena', 'ned-byrd', 'juan-abel-escalante') else None,
                           organization=org, faction=None, role=role, court=None, courtNote=None, charges=[],
                           allegation=None, capture=None, status=dict(value=v, date=sd, detail=detail), history=[],
                           confidence='high', description=None, conflicts=[], sources=srcs))
        person_names[norm(tname)] = pid
    person_names[norm('Óscar Omar Treviño Morales')] = 'omar-trevino-morales'
    person_names[norm('Nemesio Rubén Oseguera Cervantes')] = 'nemesio-oseguera-cervantes'
    person_names[norm('Kevin Alonso Gil Acosta')] = 'kevin-gil-acosta'

    # ---------------------------------------------------------------- organizations
    tsrc = {s['id']: s for s in terr['sources']}

    def terr_source_ids(keys):
        out = []
        for k in keys:
            s = tsrc.get(k)
            if not s:
                continue
            for u in s['urls'][:3]:
                out.append(reg.add(u, hint=iso(s['date'])))
        return out

    torgs = {o['id']: o for o in terr['organizations']}
    organizations = []
    for oid, name, short, aliases, parent, kind, home, founded, note, netid, terrid in ORGS:
        srcs = []
        if netid:
            srcs += [reg.add(u) for u in nodes[netid]['sources']]
        if terrid:
            srcs += terr_source_ids(torgs[terrid]['sources'])
        if not srcs:  # groups known only from the rosters: cite the people who belong to them
            for p in people:
                if p['organization'] == oid:
                    srcs += p['sources'][:2]
        srcs = list(dict.fromkeys(srcs))
        organizations.append(dict(id=oid, name=name, shortName=short, aliases=aliases, parent=parent, kind=kind,
                                  homeBase=home, founded=None if founded is None else dict(date=founded[0], note=founded[1]),
                                  note=note, sources=srcs))
    node_org = {'org_guadalajara': 'guadalajara', 'org_sinaloa': 'sinaloa', 'org_chapitos': 'chapitos', 'org_mayiza': 'mayos',
                'org_cjng': 'cjng', 'org_cuinis': 'cuinis', 'org_milenio': 'milenio', 'org_juarez': 'juarez', 'org_zetas_cdn': 'zetas',
                'org_gulf': 'gulf', 'org_lfm': 'familia-michoacana', 'org_templarios': 'knights-templar', 'org_blo': 'beltran-leyva',
                'org_caf': 'tijuana', 'org_nueva_plaza': 'nueva-plaza', 'org_los_rusos': 'los-rusos', 'org_caborca': 'caborca'}

    # ---------------------------------------------------------------- ties
    ally_rival = {
        ('valencia_salazar_85', 'oseguera_nemesio'): 'rival', ('org_cuinis', 'org_cjng'): 'ally', ('org_cjng', 'org_chapitos'): 'ally',
        ('flores_jardinero', 'org_chapitos'): 'ally', ('guzman_chapo', 'zambada_mayo'): 'ally', ('guzman_joaquin_lopez', 'zambada_mayo'): 'rival',
        ('felix_gastelum_chavo', 'zambada_sicairos'): 'ally', ('org_chapitos', 'org_mayiza'): 'rival', ('gil_acosta_200', 'guzman_ivan'): 'associate',
        ('torres_felix_m1', 'zambada_mayo'): 'associate', ('org_los_rusos', 'org_mayiza'): 'ally', ('caro_quintero', 'felix_gallardo'): 'ally',
        ('caro_quintero', 'fonseca_don_neto'): 'ally', ('org_juarez', 'org_sinaloa'): 'rival', ('huerta_flaquito', 'zambada_sicairos'): 'ally',
        ('huerta_flaquito', 'org_chapitos'): 'rival', ('org_blo', 'org_sinaloa'): 'rival',
    }
    rel_map = {'parent/child': 'parent-child', 'leader-of': 'leader', 'member-of': 'member', 'associate-of': 'associate'}
    disputed = {('felix_gallardo', 'arellano_benjamin'), ('fonseca_don_neto', 'carrillo_fuentes_vicente')}
    ties, seen = [], set()

    def node_id(n):
        if n in node_org:
            return node_org[n]
        return node_person[n]

    for e in network['edges']:
        s, t = e['source'], e['target']
        rel = ally_rival.get((s, t)) if e['relation'] == 'ally/rival' else rel_map.get(e['relation'], e['relation'])
        if rel is None:
            raise SystemExit(f'unmapped ally/rival edge {s} -> {t}')
        src, tgt = node_id(s), node_id(t)
        if s == 'gonzalez_sauceda_ricky':
            tgt = 'cdn'
        tid = f'{src}--{rel}--{tgt}'
        if tid in seen:
            continue
        seen.add(tid)
        ties.append(dict(id=tid, source=src, target=tgt, relation=rel, detail=TIE_DETAILS.get(f'{s}|{t}') or e['detail'].strip(),
                         confidence=e.get('confidence', 'medium'), disputed=(s, t) in disputed,
                         sources=[reg.add(u) for u in e['sources']]))
    pmap = {p['id']: p for p in people}
    extra_ties = [
        ('cdn', 'zetas', 'splinter-of', 'The Cártel del Noreste split from Los Zetas around 2014–2015, around the Treviño Morales family.', 'high', False, organizations[[o['id'] for o in organizations].index('cdn')]['sources'][:2]),
        ('jose-luis-sanchez-valencia', 'nemesio-oseguera-cervantes', 'extended-family', 'Described as a relative of El Mencho; outlets disagree on whether he is an uncle, cousin or nephew.', 'low', True, pmap['jose-luis-sanchez-valencia']['sources'][:2]),
        ('jose-guadalupe-tapia-quintero', 'julio-cesar-mancera-dozal', 'extended-family', 'Uncle and nephew, according to Mexican reports on Mancera Dozal\'s arrest.', 'medium', False, pmap['julio-cesar-mancera-dozal']['sources'][2:4]),
        ('abraham-oseguera-cervantes', 'ruben-oseguera-gonzalez', 'extended-family', 'Uncle and nephew: El Menchito is El Mencho\'s son.', 'high', False, pmap['abraham-oseguera-cervantes']['sources'][:2]),
        ('alfredo-rangel-buendia', 'zetas', 'member', 'Alleged Zetas operator in Mexico City; co-defendant of the Treviño brothers.', 'high', False, pmap['alfredo-rangel-buendia']['sources'][:2]),
    ]
    for src, tgt, rel, det, conf, disp, srcs in extra_ties:
        tid = f'{src}--{rel}--{tgt}'
        if tid not in seen:
            seen.add(tid)
            ties.append(dict(id=tid, source=src, target=tgt, relation=rel, detail=det, confidence=conf, disputed=disp, sources=srcs))

    # ---------------------------------------------------------------- events
    org_words = [('CJNG', 'cjng'), ('Jalisco New Generation', 'cjng'), ('Cuinis', 'cuinis'), ('Sinaloa Cartel', 'sinaloa'),
                 ('Zetas', 'zetas'), ('Z-40', 'zetas'), ('Z-42', 'zetas'), ('Guadalajara cartel', 'guadalajara'), ('Juárez', 'juarez'),
                 ('Knights Templar', 'knights-templar'), ('La Familia Michoacana', 'familia-michoacana'), ('Chapitos', 'chapitos'),
                 ('Mayiza', 'mayos'), ('Beltrán Leyva', 'beltran-leyva'), ('Arellano Félix', 'tijuana'), ('Tijuana cartel', 'tijuana'),
                 ('Gulf Cartel', 'gulf'), ('Cártel del Noreste', 'cdn'), ('Milenio', 'milenio'), ('Nueva Familia', 'lnfm'),
                 ('Cárteles Unidos', 'carteles-unidos')]
    cat = {'escape/release': 'escape-release', 'extradition/transfer': 'extradition-transfer', 'policy': 'policy-trade', 'trade': 'policy-trade'}
    transfer_ev = {58: 'feb-2025', 74: 'aug-2025', 85: 'jan-2026'}
    events = []
    for i, e in enumerate(timeline):
        eid, title, desc, *override = TIMELINE[i]
        date = override[0] if override else iso(e['date'])
        ppl = [person_names[norm(n)] for n in e['people'] if norm(n) in person_names]
        if i in transfer_ev:  # the transfer events list every named person of that transfer
            ppl = [p['id'] for p in people if p['transfer'] == transfer_ev[i] and p['kind'] == 'named']
        orgs = list(dict.fromkeys(o for w, o in org_words if w in title + ' ' + desc))
        events.append(dict(id=eid, date=date, title=title, description=desc, category=cat.get(e['category'], e['category']),
                           people=list(dict.fromkeys(ppl)), organizations=orgs, transfer=transfer_ev.get(i),
                           sources=[reg.add(u, hint=date) for u in e['sources']]))
    for eid, date, title, desc, category, ppl, orgs, tr, urls in EXTRA:
        events.append(dict(id=eid, date=date, title=title, description=desc, category=category, people=ppl,
                           organizations=orgs, transfer=tr, sources=[reg.add(u, hint=date) for u in urls]))
    events.sort(key=lambda e: (e['date'], e['id']))

    # ---------------------------------------------------------------- territories
    torg = {'sinaloa': 'sinaloa', 'cjng': 'cjng', 'gulf': 'gulf', 'zetas': 'zetas', 'cdn': 'cdn', 'beltran_leyva': 'beltran-leyva',
            'lnfm': 'lnfm', 'local_groups': 'local-groups', 'familia_michoacana': 'familia-michoacana', 'carteles_unidos': 'carteles-unidos',
            'juarez': 'juarez', 'csrl': 'csrl', 'knights_templar': 'knights-templar', 'tijuana': 'tijuana', 'sinaloa_mayos': 'mayos',
            'guadalajara': 'guadalajara', 'sinaloa_chapitos': 'chapitos'}
    strong = {'significant', 'strong', 'widespread', 'majority', 'significant (inferred)'}
    weak = {'limited', 'secondary'}
    verb = {'dominant': 'dominant', 'contested': 'contested', 'presence': 'present'}
    territories, tids = [], set()
    for st in terr['states']:
        for cl in st['claims']:
            org = torg[cl['organization']]
            s = cl.get('strength')
            strength = 'significant' if s in strong else ('some' if s in weak else None)
            short = tsrc[cl['source_id']].get('short') or tsrc[cl['source_id']]['title']
            bits = [f'{short}: {verb[cl["status"]]}']
            if s and s not in ('listed', 'unspecified'):
                bits.append(f'(tier: {s})')
            if cl.get('scale'):
                bits.append(f'in part of the state ({cl["scale"]})')
            if cl.get('historical'):
                bits.append('— historical layer')
            base = slug(f'{st["iso"]}-{org}-{cl["source_id"]}-{cl["year"]}-{cl["status"]}')
            tid, n = base, 2
            while tid in tids:
                tid, n = f'{base}-{n}', n + 1
            tids.add(tid)
            territories.append(dict(id=tid, state=st['iso'], organization=org, status=cl['status'], strength=strength,
                                    year=int(cl['year']), detail=' '.join(bits) + '.', sources=terr_source_ids([cl['source_id']])))

    # ---------------------------------------------------------------- places, courts, meta
    # Short names for running text and map labels, where the full name is a mouthful.
    short = {'santa-lucia': 'Santa Lucía air base', 'toluca': 'Toluca', 'altiplano': 'Altiplano prison',
             'jfk': 'New York (JFK)', 'dulles': 'Washington Dulles'}
    places = [dict(id=i, name=n, **({'shortName': short[i]} if i in short else {}), kind=k, state=s, lon=lo, lat=la, why=w,
                   sources=[]) for i, n, k, s, lo, la, w in PLACES]
    courts = [dict(id=i, name=n, abbr=a, city=c, state=s, lon=lo, lat=la, sources=[]) for i, n, a, c, s, lo, la in COURTS]
    meta = dict(title='The Handover: how Mexico sent 92 accused cartel figures to US courts in eleven months',
                dek='In three mass transfers between February 2025 and January 2026, Mexico bypassed extradition and flew 92 prisoners north. Who they are, what they are accused of, how their cases stand and the family ties that bind them.',
                asOf=AS_OF, published='2026-11-29', modified='2026-11-29', siteUrl='https://handover.example')

    sources, inferred = reg.records()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    files = {'meta.json': meta, 'sources.json': sources, 'transfers.json': transfers, 'people.json': people,
             'organizations.json': organizations, 'ties.json': ties, 'events.json': events, 'territories.json': territories,
             'courts.json': courts, 'places.json': places}
    for name, data in files.items():
        (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + '\n')
    print(f'sources {len(sources)} (date inferred from cited facts: {inferred}), people {len(people)}, orgs {len(organizations)}, '
          f'ties {len(ties)}, events {len(events)}, territories {len(territories)}, courts {len(courts)}, places {len(places)}')


if __name__ == '__main__':
    main()
