// Section "methods": sources, what is still unknown, corrections, the "as of" date and the downloads.
import type { Dataset } from '$lib/data/schema';
import { count, countEs, formatDate, formatDateEs, list, listEs, plural, pluralEs } from '$lib/format';
import { inLang, type Lang } from '$lib/i18n/lang';
import type { Paragraph, Section } from '../types';

export default function methods(d: Dataset, lang: Lang): Section {
  const es = lang === 'es';
  const moved = d.people.filter((p) => p.transfer !== null);
  const unidentified = moved.filter((p) => p.kind === 'unidentified').length;
  const sealed = moved.filter((p) => p.kind === 'sealed').length;
  // Where sources disagree on how many names were sealed, the text gives each count with its source rather than
  // pick one; the sealed records themselves carry the conflict.
  const publisher = new Map(d.sources.map((s) => [s.id, s.publisher]));
  const sealedClaims = d.transfers.flatMap((t) => t.sealedNames ?? []);
  const sealedDisputed = new Set(sealedClaims.map((c) => c.count)).size > 1;
  const claimants = (c: (typeof sealedClaims)[number]) => c.sources.map((s) => publisher.get(s) ?? s);
  const corrections = d.corrections.slice().sort((a, b) => b.date.localeCompare(a.date));
  const correctedPeople = new Set(corrections.filter((c) => c.file === 'people.json').map((c) => c.record)).size;
  const correctedSources = corrections.filter((c) => c.file === 'sources.json').length;
  const noCourt = moved.filter((p) => p.court === null).length;
  const noStatus = moved.filter((p) => p.status.value === 'unknown').length;
  const low = moved.filter((p) => p.confidence === 'low').length;
  const conflicted = moved.filter((p) => p.conflicts.length > 0).length;
  const undated = d.sources.filter((s) => s.date === null).length;
  const disputed = d.ties.filter((t) => t.disputed).length;
  const latest = corrections[0]?.date;

  if (es) {
    const sealedText = sealedDisputed
      ? `las fuentes no coinciden en cuántos nombres mantuvieron bajo reserva los tribunales de Estados Unidos: ${listEs(
          sealedClaims.map((c) => `${countEs(c.count)} según ${listEs(claimants(c))}`)
        )}`
      : `${pluralEs(sealed, 'nombre', 'nombres')} ${sealed === 1 ? 'se mantuvo' : 'se mantuvieron'} bajo reserva por tribunales de Estados Unidos`;
    const intro: Paragraph[] = [
      [
        `Este recuento se basa en información pública hasta el ${formatDateEs(d.meta.asOf)}: comunicados del Departamento de Justicia de Estados Unidos, posicionamientos del gobierno de México, cobertura judicial y notas periodísticas en inglés y en español, ${d.sources.length.toLocaleString('es-MX')} fuentes en total. Lo ocurrido después no está reflejado. Cada dato enlaza al menos a una fuente, y cada cargo es una acusación mientras no conste una declaración de culpabilidad o un veredicto.`
      ],
      [
        `Lo que aún no se sabe: de ${pluralEs(unidentified, 'persona', 'personas', true)} de los envíos solo se conoce una parte de su identidad y ${unidentified === 1 ? 'aparece' : 'aparecen'} como no identificadas; ${sealedText}; de ${noCourt} las fuentes no dan un distrito judicial en Estados Unidos, y de ${noStatus}, ninguna situación procesal desde el envío. Hay ${low} registros que se apoyan en fuentes débiles o parciales y se marcan como de confianza baja dondequiera que aparecen.`
      ],
      [
        `Cuando las fuentes no coinciden, lo decimos: ${pluralEs(conflicted, 'registro', 'registros')} de los enviados ${conflicted === 1 ? 'señala' : 'señalan'} una contradicción entre fuentes, y ${pluralEs(disputed, 'lazo familiar', 'lazos familiares')} de la red ${disputed === 1 ? 'se dibuja' : 'se dibujan'} como en disputa. De las fuentes, ${undated} no dan fecha de publicación, y los datos la dejan en blanco en vez de suponerla.`
      ],
      [
        'Los mapas de territorio muestran lo que afirman las fuentes, no un control medido, y todos son anteriores a la muerte de Nemesio Oseguera, “El Mencho”, en febrero de 2026.'
      ],
      [
        'Los datos: ',
        { text: 'la lista en CSV', href: inLang('es', '/data/people.csv') },
        ', ',
        { text: 'en JSON', href: inLang('es', '/data/people.json') },
        ', y la ',
        { text: 'línea de tiempo', href: inLang('es', '/data/events.json') },
        ', los ',
        { text: 'lazos familiares', href: inLang('es', '/data/ties.json') },
        ' y los ',
        { text: 'registros de territorio', href: inLang('es', '/data/territories.json') },
        ', con los nombres de las columnas y los textos en español; los identificadores, las fechas y los códigos (situación legal, tipo de lazo) son los mismos que en los archivos en inglés. Los medios pueden ',
        { text: 'insertar la historia o cualquiera de sus gráficos', href: inLang('es', '/embed-codes/') },
        '.'
      ],
      latest
        ? [
            `Correcciones: ${corrections.length === 1 ? 'consta' : 'constan'} ${pluralEs(corrections.length, 'cambio', 'cambios')} a los datos, cada uno con su fecha, el registro y el campo, qué cambió y por qué. Tocan a ${pluralEs(correctedPeople, 'persona', 'personas', true)} y ${pluralEs(correctedSources, 'registro de fuente', 'registros de fuentes')}; los más recientes se hicieron el ${formatDateEs(latest)}. `,
            { text: 'El registro completo', href: '/data/corrections.json' },
            ' se publica con los datos (en inglés).'
          ]
        : ['Las correcciones se enumeran aquí con la fecha del cambio; hasta ahora no hay ninguna.']
    ];
    return {
      id: 'methods',
      title: 'Cómo lo hicimos',
      summary: 'Las fuentes, lo que aún no se sabe y los datos detrás de la historia.',
      visual: null,
      intro,
      steps: []
    };
  }

  const sealedText = sealedDisputed
    ? `the sources disagree on how many names US courts kept sealed: ${list(
        sealedClaims.map((c) => `${count(c.count)} by the count of ${list(claimants(c))}`)
      )}`
    : `${plural(sealed, 'name')} ${sealed === 1 ? 'was' : 'were'} kept sealed by US courts`;
  return {
    id: 'methods',
    title: 'How we did this',
    summary: 'Sources, what is still unknown, and the data behind the story.',
    visual: null,
    intro: [
      [
        `This account rests on public reporting up to ${formatDate(d.meta.asOf)}: US Justice Department releases, Mexican government statements, court reporting and news in English and Spanish, ${plural(d.sources.length, 'source')} in all. Anything later is not reflected. Every fact in the data links to at least one source, and every charge is an accusation unless a plea or a verdict is recorded.`
      ],
      [
        `What is still unknown: ${plural(unidentified, 'person', 'people')} of the transfers ${unidentified === 1 ? 'is' : 'are'} known only in part and shown as unidentified; ${sealedText}; for ${noCourt} the sources give no US district, and for ${noStatus} no status since the transfer. ${low} records rest on weak or partial sources and are marked low-confidence wherever they appear.`
      ],
      [
        `Where sources disagree we say so: ${plural(conflicted, 'record')} of the transferred note a conflict between sources, and ${plural(disputed, 'family tie')} in the network ${disputed === 1 ? 'is' : 'are'} drawn as disputed. ${undated} of the sources give no publication date, and the data leaves theirs blank rather than guess one.`
      ],
      [
        'Territory maps show what sources claim, not measured control, and all of them predate the death of Nemesio Oseguera, “El Mencho”, in February 2026.'
      ],
      [
        'The data: ',
        { text: 'the roster as CSV', href: '/data/people.csv' },
        ', ',
        { text: 'as JSON', href: '/data/people.json' },
        ', and the ',
        { text: 'timeline', href: '/data/events.json' },
        ', ',
        { text: 'family ties', href: '/data/ties.json' },
        ' and ',
        { text: 'territory claims', href: '/data/territories.json' },
        '. News sites can ',
        { text: 'embed the story or any of its charts', href: '/embed-codes/' },
        '.'
      ],
      latest
        ? [
            `Corrections: ${plural(corrections.length, 'change')} to the data ${corrections.length === 1 ? 'is' : 'are'} logged, each with its date, the record and field, what changed and why. They touch ${plural(correctedPeople, 'person', 'people')} and ${plural(correctedSources, 'source record')}; the latest were made on ${formatDate(latest)}. `,
            { text: 'The full log', href: '/data/corrections.json' },
            ' is published with the data.'
          ]
        : ['Corrections are listed here with the date of the change; there are none so far.']
    ],
    steps: []
  };
}
