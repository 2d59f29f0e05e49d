# Source registry: one record per URL, with publisher, language and a publication date that is never guessed.
import hashlib
import re
from urllib.parse import urlparse

# Mirror / CDN hosts that stand for an outlet.
HOST_ALIASES = {
    'elfinanciero-elfinanciero-prod.cdn.arcpublishing.com': 'elfinanciero.com.mx',
    'elfinanciero-nacion321-prod.web.arc-cdn.net': 'nacion321.com',
    'eluniversal-eluniversal-staging.web.arc-cdn.net': 'eluniversal.com.mx',
    'infobae-infobae-prod.web.arc-cdn.net': 'infobae.com',
    'infobae-infobae-staging.web.arc-cdn.net': 'infobae.com',
    'elcomercio-elcomercio-prod.cdn.arcpublishing.com': 'elcomercio.pe',
    'i656e676c697368o656c70616973o636f6dz.oszar.com': 'english.elpais.com',
    'tvazteca.inklusionweb.com': 'tvazteca.com',
    'preview-prod.w.houstonchronicle.com': 'houstonchronicle.com',
    'admin.mvs.editor80.com': 'mvsnoticias.com',
    'admin.elmanana.editor80.com': 'elmanana.com',
    'admin.radioformula.com.mx': 'radioformula.com.mx',
    'adm.heraldodemexico.com.mx': 'heraldodemexico.com.mx',
    'cms.proceso.com.mx': 'proceso.com.mx',
    'mail.periodicoenfoque.com.mx': 'periodicoenfoque.com.mx',
    'archivos.elsiglodetorreon.com.mx': 'elsiglodetorreon.com.mx',
    'amp.milenio.com': 'milenio.com',
    'app.justthenews.com': 'justthenews.com',
    'estatico.jornada.com.mx': 'jornada.com.mx',
    'aniversario.jornada.com.mx': 'jornada.com.mx',
    'opinion.informador.com.mx': 'informador.com.mx',
    'informador.mx': 'informador.com.mx',
    'politica.expansion.mx': 'expansion.mx',
    'eu.elpasotimes.com': 'elpasotimes.com',
    'digital-stage.newsnationnow.com': 'newsnationnow.com',
    'sg.news.yahoo.com': 'news.yahoo.com',
    'fhwa.einnews.com': 'einnews.com',
    'www2.contralinea.com.mx': 'contralinea.com.mx',
    'wp.revolucion.news': 'revolucion.news',
    'es.theepochtimes.com': 'theepochtimes.com',
    'particlenews.pages.dev': 'particle.news',
}

PUBLISHERS = {
    'justice.gov': 'U.S. Department of Justice', 'ice.gov': 'U.S. Immigration and Customs Enforcement', 'fbi.gov': 'FBI',
    'einpresswire.com': 'EIN Presswire (DOJ release copy)', 'einnews.com': 'EIN News (DOJ release copy)',
    'eluniversal.com.mx': 'El Universal', 'infobae.com': 'Infobae', 'elfinanciero.com.mx': 'El Financiero', 'milenio.com': 'Milenio',
    'jornada.com.mx': 'La Jornada', 'proceso.com.mx': 'Proceso', 'razon.com.mx': 'La Razón', 'expansion.mx': 'Expansión',
    'elpais.com': 'El País', 'english.elpais.com': 'El País (English)', 'informador.com.mx': 'El Informador', 'noroeste.com.mx': 'Noroeste',
    'nmas.com.mx': 'N+', 'zetatijuana.com': 'Zeta Tijuana', 'sinembargo.mx': 'SinEmbargo', 'vanguardia.com.mx': 'Vanguardia',
    'excelsior.com.mx': 'Excélsior', 'elhorizonte.mx': 'El Horizonte', 'unotv.com': 'Uno TV', 'tvazteca.com': 'TV Azteca',
    'laopinion.com': 'La Opinión', 'eldiariony.com': 'El Diario NY', 'univision.com': 'Univision', 'politico.mx': 'Político MX',
    'sdpnoticias.com': 'SDP Noticias', 'adn40.mx': 'ADN40', 'pulsoslp.com.mx': 'Pulso SLP', 'publimetro.com.mx': 'Publimetro',
    'mexiconewsdaily.com': 'Mexico News Daily', 'insightcrime.org': 'InSight Crime', 'upi.com': 'UPI', 'foxnews.com': 'Fox News',
    'cbsnews.com': 'CBS News', 'nbcchicago.com': 'NBC Chicago', 'foxla.com': 'FOX 11 Los Angeles', 'fox4news.com': 'FOX 4 Dallas-Fort Worth',
    'abc11.com': 'ABC11', 'wsoctv.com': 'WSOC-TV', 'police1.com': 'Police1', 'mynewsla.com': 'MyNewsLA', 'ktsm.com': 'KTSM',
    'kvia.com': 'KVIA', 'krdo.com': 'KRDO (CNN en Español)', 'wtop.com': 'WTOP (CNN)', 'ajc.com': 'Atlanta Journal-Constitution',
    'irishtimes.com': 'The Irish Times', 'nzherald.co.nz': 'New Zealand Herald', 'dw.com': 'Deutsche Welle', 'rtve.es': 'RTVE',
    'newindianexpress.com': 'The New Indian Express (AP)', 'westhawaiitoday.com': 'West Hawaii Today (AP)', 'bnonews.com': 'BNO News',
    'humanevents.com': 'Human Events', 'americanfaith.com': 'American Faith', 'tpusa.com': 'Turning Point USA', 'tag24.com': 'TAG24 (AFP)',
    'globebanner.com': 'Globe Banner', 'thefederalnewswire.com': 'The Federal Newswire', 'legalnewsline.com': 'Legal Newsline',
    'sandiegopost.com': 'San Diego Post', 'sandiegored.com': 'San Diego Red', 'newsbeep.com': 'Newsbeep (San Diego Union-Tribune copy)',
    'houstonchronicle.com': 'Houston Chronicle', 'elpasotimes.com': 'El Paso Times', 'mustreadalaska.com': 'Must Read Alaska',
    'lanacion.com.ar': 'La Nación', 'lincolndailynews.com': 'Lincoln Daily News (AP)', 'capitollabsllc.com': 'Congressional Research Service (copy)',
    'jdsupra.com': 'JD Supra', 'akingump.com': 'Akin Gump', 'crisisgroup.org': 'International Crisis Group', 'acleddata.com': 'ACLED',
    'justiceinmexico.org': 'Justice in Mexico', 'heraldodemexico.com.mx': 'El Heraldo de México', 'elsiglodetorreon.com.mx': 'El Siglo de Torreón',
    'elsiglodedurango.com.mx': 'El Siglo de Durango', 'cuartopoder.mx': 'Cuarto Poder', 'viveusa.mx': 'ViveUSA', 'elinformante.mx': 'El Informante',
    'nacion321.com': 'Nación321', 'contralinea.com.mx': 'Contralínea', 'buzos.com.mx': 'Buzos', 'gaceta.mx': 'La Gaceta',
    'javieralatorre.com': 'Javier Alatorre', 'graficos.gruporeforma.com': 'Grupo Reforma', 'reforma.com': 'Reforma', 'riodoce.mx': 'Ríodoce',
    'yucatan.com.mx': 'Diario de Yucatán', 'diariodeyucatan.com': 'Diario de Yucatán', 'elcomentario.ucol.mx': 'El Comentario (EFE)',
    'launion.com.mx': 'La Unión de Morelos (EFE)', 'nxnoticias.com': 'NX Noticias', 'diariodemexico.com': 'Diario de México',
    'expreso.com.mx': 'Expreso', 'noticentrodecoahuila.com': 'Noticentro de Coahuila', 'lado.mx': 'Lado.mx', 'miled.com': 'Miled',
    'codigosanluis.com': 'Código San Luis', 'valortamaulipeco.blogspot.com': 'Valor Tamaulipeco', 'fuerzapolitica.com': 'Fuerza Política',
    'poresto.net': 'Por Esto!', 'teleradioamerica.com': 'Teleradio América', 'info7.mx': 'Info7', 'diariobasta.com': 'Diario Basta',
    'doctorjnoticias.com': 'Doctor J Noticias', 'imagendelgolfo.mx': 'Imagen del Golfo', 'imagendeveracruz.mx': 'Imagen de Veracruz',
    'usfijitimes.org': 'USFijiTimes (AP copy)', 'diplomattimes.in': 'Diplomat Times', 'parriva.com': 'Parriva', 'noti.lat': 'Noti.lat',
    'revistaespejo.com': 'Revista Espejo', 'eleconomista.com.mx': 'El Economista', 'elpuntero.com.mx': 'El Puntero',
    'nvinoticiaschiapas.com': 'NVI Noticias', 'tribuna.com.mx': 'Tribuna', 'infoson.com.mx': 'Infoson', 'elpinero.mx': 'El Piñero',
    'lajornadamaya.mx': 'La Jornada Maya', 'diariocambio.com.mx': 'Diario Cambio', 'noticaribe.com.mx': 'Noticaribe',
    'we-are-here24.com': 'We Are Here 24', 'sinaloahoy.com.mx': 'Sinaloa Hoy', 'archyde.com': 'Archyde', 'diariolibre.com': 'Diario Libre',
    'lamagazin.com': 'La Magazin', 'nationaldossier.com': 'National Dossier', 'theepochtimes.com': 'The Epoch Times',
    'bizinsider.org': 'BizInsider', 'revistavertical.com.mx': 'Revista Vertical', 'mexicocomunica.mx': 'México Comunica',
    'radioformula.com.mx': 'Radio Fórmula', 'actualidad.rt.com': 'RT en Español', 'elmanana.com': 'El Mañana', 'mvsnoticias.com': 'MVS Noticias',
    'criminalwatch.com': 'Criminal Watch (ICE release copy)', 'pubt.io': 'Public (ICE release copy)', 'easttexasbanner.com': 'East Texas Banner',
    'diariodelyaqui.mx': 'Diario del Yaqui', 'eldiariodesonora.com.mx': 'El Diario de Sonora', 'ktar.com': 'KTAR News',
    'proyectopuente.com.mx': 'Proyecto Puente', 'digitalplural.com.mx': 'Digital Plural', 'sociedad-noticias.com': 'Sociedad Noticias',
    'criterios.mx': 'Criterios', 'eng.pressbee.net': 'Pressbee (San Diego Union-Tribune copy)', 'online.flippingbook.com': 'El Horizonte (print edition)',
    'aparca.info': 'Aparca', 'sintexto.com': 'Sin Texto', 'liderweb.mx': 'Líder Web (AP)', 'expedientes.ec': 'Expedientes',
    'animalpolitico.com': 'Animal Político', 'finanznachrichten.de': 'Finanznachrichten', 'justthenews.com': 'Just the News / Center Square',
    'ntn24.com': 'NTN24', 'noticiasrcn.com': 'Noticias RCN', 'allthe.news': 'allthe.news', 'lacarbonifera.com': 'La Carbonífera',
    'devdiscourse.com': 'Devdiscourse (Reuters)', 'telecinco.es': 'Telecinco', 'prensa.com': 'La Prensa (Panamá)', 'cronica.com.mx': 'La Crónica de Hoy',
    'particle.news': 'Particle News', 'fraservalleytoday.ca': 'Fraser Valley Today (Canadian Press)', 'craneww.com': 'Crane Worldwide Logistics',
    'timesla.com': 'Times LA', 'worldtribune.com': 'World Tribune', 'circusmodelbuilders.club': 'The Intercept (mirror)',
    'khaleejtimes.com': 'Khaleej Times (Reuters)', 'bastillepost.com': 'Bastille Post (AP)', 'arabtimesonline.com': 'Arab Times (AP)',
    'cadena3.com': 'Cadena 3', 'formato7.com': 'Formato7', 'specialagents.org': 'Society of Former Special Agents of the FBI',
    'encyclopedia.com': 'Encyclopedia.com', 'en.wikipedia.org': 'Wikipedia', 'heraldtribune.com': 'Sarasota Herald-Tribune (AP)',
    'triblive.com': 'TribLive', 'pressconnects.com': 'Press & Sun-Bulletin (USA Today)', 'buzzfeednews.com': 'BuzzFeed News',
    'capitalfm.co.ke': 'Capital FM (AFP)', 'vice.com': 'Vice', 'whbl.com': 'WHBL (Reuters)', 'biobiochile.cl': 'BioBioChile',
    'mexicogulfreporter.blogspot.com': 'Mexico Gulf Reporter', 'almendron.com': 'Almendrón (NYT copy)', 'theyucatantimes.com': 'The Yucatán Times',
    'thewatch-journal.com': 'The Watch Journal (Reuters)', 'notisistema.com': 'Notisistema', 'elcolombiano.com': 'El Colombiano',
    'borderlandbeat.com': 'Borderland Beat', 'southraleighnews.com': 'South Raleigh News', 'cpwda.org': 'Canine Police Working Dog Association',
    'am1460theanswer.com': 'AM 1460 The Answer (AP)', 'india.com': 'India.com', 'quintafuerza.mx': 'Quinta Fuerza',
    'wearemitu.com': 'Mitú', 'enfasiscomunicaciones.com': 'Énfasis Comunicaciones', 'tvazteca.inklusionweb.com': 'TV Azteca',
    'tribunadelabahia.com.mx': 'Tribuna de la Bahía', 'mlstrategies.com': 'ML Strategies', 'mexiconewsreport.com': 'Mexico News Report',
    'cargofacts.com': 'Cargo Facts', 'thefederal.com': 'The Federal', 'merca20.com': 'Merca2.0', 'localnewswave.com': 'Local News Wave',
    'dnyuz.com': 'DNyuz (NYT copy)', 'queonnda.com': 'Qué Onnda', 'myvalleynews.com': 'Valley News', 'wol.com': 'WOL',
    'noventagrados.com.mx': 'Noventa Grados', 'redamlo.mx': 'Red AMLO', 'ejecentral.com.mx': 'Eje Central', 'cumbrenoticias.com': 'Cumbre Noticias',
    'elpapelerito.com.mx': 'El Papelerito', 'sinergia-puebla.com': 'Sinergia Puebla', 'beyondbordersnews.com': 'Beyond Borders News',
    'snapscope.news': 'Snapscope', 'ratednews.com': 'Rated News', 'newsheadline.online': 'News Headline', 'allanwall.info': 'Allan Wall',
    'shiyumj.com': 'shiyumj.com', 'latinamericacurrentevents.com': 'Latin America Current Events', 'heraldodexalapa.com.mx': 'El Heraldo de Xalapa',
    'sofrep.com': 'SOFREP', 'guerrero.quadratin.com.mx': 'Quadratín Guerrero', 'puntoporpunto.com': 'Punto por Punto',
    '24-horas.mx': '24 Horas', 'sipse.com': 'Sipse', 'americanpost.news': 'American Post', 'diariodonordeste.verdesmares.com.br': 'Diário do Nordeste',
    'sobral24horas.com': 'Sobral 24 Horas', 'periodicodigital.mx': 'Periódico Digital', 'elfarodelmorro.net': 'El Faro del Morro',
    'elsiglofuturo.es': 'El Siglo Futuro (AFP)', 'breezyscroll.com': 'Breezy Scroll', 'fersalvador.com': 'Fer Salvador',
    'pledgetimes.com': 'Pledge Times', 'queondamagazine.com': 'Qué Onda Magazine', 'carlosmartinhuerta.com.mx': 'Carlos Martín Huerta',
    'elciudadano.mx': 'El Ciudadano', 'voz.us': 'Voz', 'oncenoticias.digital': 'Once Noticias', 'newsnationnow.com': 'NewsNation',
    'laregiontula.com.mx': 'La Región Tula', 'elsoldesinaloa.com.mx': 'El Sol de Sinaloa', 'ovaciones.com': 'Ovaciones',
    'inkl.com': 'inkl', 'crashoutmedia.com': 'Crash Out Media', 'efinf.com': 'Efinf', 'razon.com.mx ': 'La Razón',
    'reinforma.com.mx': 'Reinforma', 'rtve.es ': 'RTVE', 'securengin.fifthestate.nz': 'Fifth Estate (DOJ release copy)',
    'canada24.co': 'Canada24 (CBC copy)', 'securitynews.spectator.co.nz': 'Spectator (DOJ release copy)', 'englishtimes.uk': 'English Times (NBC Chicago copy)',
    'allaccessmexico.mx': 'All Access México', 'mexicodailypost.news': 'Mexico Daily Post', 'mexicodailypost.com': 'Mexico Daily Post',
    'localbusinessheadlines.com': 'Local Business Headlines (Chicago Tribune copy)', 'radiotele.tv': 'Radiotele (La Jornada copy)',
    'encuentrovital.com': 'Encuentro Vital', 'versiones.com.mx': 'Versiones', 'antenasanluis.mx': 'Antena San Luis', 'acnmex.com': 'ACN',
    'noticias.muisca.co': 'Muisca Noticias', 'news.jammedup.com': 'Jammed Up News', 'unotv.com ': 'Uno TV', 'salmantino.mx': 'Salmantino',
    'lavoz.com.ar': 'La Voz (AFP)', 'laurauhle.net': 'laurauhle.net (SDNY release copy)', 'mex.news.o-abroad.com': 'O-Abroad News',
    'revistaderechodigital.com': 'Revista Derecho Digital', 'blogdelnarco1.rssing.com': 'Blog del Narco (mirror)', 'objetivo7.press': 'Objetivo7',
    'heraldo.mx': 'El Heraldo de Chihuahua', 'incognitapro.com': 'Incógnita', 'almomento.mx': 'Al Momento', 'urdupoint.com': 'UrduPoint',
    'lanoticia.com': 'La Noticia', 'news.yahoo.com': 'Yahoo News', 'eldragonario.net': 'El Dragonario', 'psmnoticias.com': 'PSM Noticias',
    'ntd.com': 'NTD', 'latintimes.com': 'Latin Times', 'sierraleonemonitor.com': 'Sierra Leone Monitor', 'zetatijuana.com ': 'Zeta Tijuana',
    'vmasnoticias.com': 'V+ Noticias', 'noticiasdemexico.com.mx': 'Noticias de México', 'elporvenir.mx': 'El Porvenir',
    'rpulsopoliticoax.com': 'Pulso Político', 'lagazzettadf.com': 'La Gazzetta DF', 'planoaguascalientes.com': 'Plano Aguascalientes',
    'ingratanoticia.com.mx': 'Ingrata Noticia', 'aiplay.mx': 'AIPlay', 'tjcomunica.com': 'TJ Comunica', 'daily8.com': 'Daily8 (UPI copy)',
    'noticiametropolitana.com': 'Noticia Metropolitana', 'ts2.tech': 'TS2', 'elbuentono.com.mx': 'El Buen Tono',
    'scribd.com': 'Scribd (indictment copy)', 'applemacsupportnumbers.com': 'Al Jazeera (copy)', 'periodicaso.com.mx': 'Periodicaso',
    'primeroeditores.com.mx': 'Primero Editores', 'hoychihuahua.com': 'Hoy Chihuahua', 'elblogdelnarco.blogspot.com.es': 'El Blog del Narco',
    'gauchazh.clicrbs.com.br': 'GZH', 'krone.at': 'Kronen Zeitung', 'e-oaxaca.com': 'e-oaxaca', 'contramuro.com': 'Contramuro',
    'stayingsafeabroad.blogspot.com': 'Staying Safe Abroad', '20.210.105.67': 'Time magazine (archive copy)',
    'observador.mx': 'Observador', 'hipocritalector.com': 'Hipócrita Lector', 'infomundial.org': 'Infomundial', 'nuevografico.com': 'Nuevo Gráfico',
    'osadiainformativa.com': 'Osadía Informativa', 'derechos.org': 'Equipo Nizkor', 'trendswide.com': 'Trendswide', 'legistorm.com': 'LegiStorm',
    'heinonline.org': 'HeinOnline', 'reddenoticiasmichoacan.com': 'Red de Noticias Michoacán', 'esnoticiahoy.com': 'Es Noticia Hoy',
    'archivo.prensa-latina.cu': 'Prensa Latina', 'entrelineas.com.mx': 'Entrelíneas', 'sofmag.com': 'SOFREP', 'politicalemails.org': 'Political Emails',
    'theosirisproject.com': 'The Osiris Project (InSight Crime copy)', 'icdev.integ.ro': 'InSight Crime (mirror)', 'juarez120.rssing.com': 'InSight Crime (mirror)',
    'olanoticias.com': 'Ola Noticias', 'suracapulco.mx': 'El Sur de Acapulco', 'dfstgrfedged.blogspot.com': 'blog copy of a PGR report',
    'noticiaspv.com.mx': 'Noticias PV', 'rmcglobal.com': 'RMC Global', 'todotexcoco.com': 'Todo Texcoco', 'vallartadaily.com': 'Vallarta Daily',
    'naturalearthdata.com': 'Natural Earth', 'elcomercio.pe': 'El Comercio', 'mexicocomunica.mx ': 'México Comunica', 'a7.com.mx': 'A7',
    'lavozdemichoacan.com.mx': 'La Voz de Michoacán', 'ero-saimin.net': 'International Crisis Group (copy)', 'docslib.org': 'DocsLib',
}

PUBLISHERS.update({
    '3c06aba1-bb5b-4989-bcf9-62da466d33bc.cc04.conves.io': 'Unnamed mirror site', 'arizonadailyindependent.com': 'Arizona Daily Independent',
    'bluradio.com': 'Blu Radio (AFP)', 'cafenegroportal.com': 'Café Negro Portal', 'campeche.com.mx': 'Campeche.com.mx', 'closeup.mx': 'Close Up',
    'diariolavoz.net': 'Diario La Voz', 'e-veracruz.mx': 'e-Veracruz', 'everardoherrera.com': 'Everardo Herrera', 'fernandafamiliar.soy': 'Fernanda Familiar',
    'globelivemedia.com': 'Globe Live Media', 'heraldmailmedia.com': 'Herald-Mail Media', 'hidrocalidodigital.com': 'Hidrocálido Digital',
    'larepublica.pe': 'La República', 'lasillarota.com': 'La Silla Rota', 'lasperiodistas.com': 'Las Periodistas', 'laverdadnoticias.com': 'La Verdad Noticias',
    'ldpublicicdad.com': 'LD Publicidad', 'libertadbajopalabra.com': 'Libertad Bajo Palabra', 'meganoticias.mx': 'Meganoticias', 'metronoticias.mx': 'Metro Noticias',
    'newsfinale.com': 'News Finale', 'notus.com.mx': 'Notus', 'pacozea.com': 'Paco Zea', 'perfil.com': 'Perfil', 'periodicoenfoque.com.mx': 'Periódico Enfoque',
    'primetimesreport.com': 'Prime Times Report', 'profilbaru.com': 'Profil Baru', 'pt.frwiki.wiki': 'Wikipedia (Portuguese, mirror)', 'revolucion.news': 'Revolución',
    'ru24.net': 'Ru24', 'shiyumj.com': 'Unnamed aggregator (shiyumj.com)', 'turquesanews.mx': 'Turquesa News', 'unusual-whales.ghost.io': 'Unusual Whales',
    'wikisum.wiki': 'Wikisum',
})

ES_HOSTS = {'infobae.com', 'elpais.com', 'laopinion.com', 'eldiariony.com', 'univision.com', 'sinembargo.mx', 'nmas.com.mx', 'zetatijuana.com',
            'unotv.com', 'tvazteca.com', 'krdo.com', 'wtop.com', 'cadena3.com', 'ntn24.com', 'noticiasrcn.com', 'sdpnoticias.com', 'mvsnoticias.com',
            'elcolombiano.com', 'biobiochile.cl', 'diariolibre.com', 'notisistema.com', 'telecinco.es', 'prensa.com', 'lanoticia.com',
            'teleradioamerica.com', 'fuerzapolitica.com', 'valortamaulipeco.blogspot.com', 'miled.com', 'codigosanluis.com', 'lado.mx',
            'noticentrodecoahuila.com', 'nxnoticias.com', 'diariodemexico.com', 'elcomentario.ucol.mx', 'noti.lat', 'diariobasta.com',
            'doctorjnoticias.com', 'revistaespejo.com', 'criminalwatch.com', 'lamagazin.com', 'elblogdelnarco.blogspot.com.es', 'encuentrovital.com',
            'voz.us', 'actualidad.rt.com', 'elciudadano.mx', 'queondamagazine.com', 'allthe.news', 'sociedad-noticias.com', 'aparca.info',
            'sintexto.com', 'cafenegroportal.com', 'psmnoticias.com', 'eldragonario.net', 'incognitapro.com', 'elsiglofuturo.es',
            'objetivo7.press', 'blogdelnarco1.rssing.com', 'revistaderechodigital.com', 'tjcomunica.com', 'aiplay.mx', 'ingratanoticia.com.mx',
            'planoaguascalientes.com', 'vmasnoticias.com', 'noticias.muisca.co', 'acnmex.com', 'radiotele.tv', 'hipocritalector.com',
            'infomundial.org', 'nuevografico.com', 'osadiainformativa.com', 'esnoticiahoy.com', 'olanoticias.com', 'theosirisproject.com',
            'dfstgrfedged.blogspot.com', 'formato7.com', 'sipse.com', 'fersalvador.com', 'enfasiscomunicaciones.com', 'queonnda.com',
            'redamlo.mx', 'elpapelerito.com.mx', 'sinergia-puebla.com', 'periodicodigital.mx', 'elfarodelmorro.net', 'carlosmartinhuerta.com.mx',
            'oncenoticias.digital', 'efinf.com', 'contralinea.com.mx', 'javieralatorre.com', 'lacarbonifera.com', 'cronica.com.mx',
            'revolucion.news', 'poresto.net', 'diplomattimes.in', 'parriva.com', 'e-oaxaca.com', 'contramuro.com', 'allaccessmexico.mx',
            'periodicaso.com.mx', 'versiones.com.mx', 'antenasanluis.mx', 'salmantino.mx', 'lavoz.com.ar', 'archyde.com', 'daily8.com'}
EN_HOSTS = {'justice.gov', 'ice.gov', 'fbi.gov', 'einpresswire.com', 'einnews.com', 'english.elpais.com', 'mexiconewsdaily.com', 'insightcrime.org',
            'upi.com', 'foxnews.com', 'cbsnews.com', 'nbcchicago.com', 'foxla.com', 'fox4news.com', 'abc11.com', 'wsoctv.com', 'police1.com',
            'mynewsla.com', 'ktsm.com', 'kvia.com', 'ajc.com', 'irishtimes.com', 'nzherald.co.nz', 'dw.com', 'newindianexpress.com',
            'westhawaiitoday.com', 'bnonews.com', 'humanevents.com', 'americanfaith.com', 'tpusa.com', 'tag24.com', 'globebanner.com',
            'thefederalnewswire.com', 'legalnewsline.com', 'sandiegopost.com', 'newsbeep.com', 'houstonchronicle.com', 'elpasotimes.com',
            'mustreadalaska.com', 'lincolndailynews.com', 'capitollabsllc.com', 'jdsupra.com', 'akingump.com', 'crisisgroup.org', 'acleddata.com',
            'justiceinmexico.org', 'usfijitimes.org', 'we-are-here24.com', 'nationaldossier.com', 'theepochtimes.com', 'bizinsider.org',
            'easttexasbanner.com', 'ktar.com', 'eng.pressbee.net', 'finanznachrichten.de', 'justthenews.com', 'devdiscourse.com',
            'particle.news', 'fraservalleytoday.ca', 'craneww.com', 'timesla.com', 'worldtribune.com', 'circusmodelbuilders.club',
            'khaleejtimes.com', 'bastillepost.com', 'arabtimesonline.com', 'specialagents.org', 'encyclopedia.com', 'en.wikipedia.org',
            'heraldtribune.com', 'triblive.com', 'pressconnects.com', 'buzzfeednews.com', 'capitalfm.co.ke', 'vice.com', 'whbl.com',
            'mexicogulfreporter.blogspot.com', 'almendron.com', 'theyucatantimes.com', 'thewatch-journal.com', 'borderlandbeat.com',
            'southraleighnews.com', 'cpwda.org', 'am1460theanswer.com', 'india.com', 'wearemitu.com', 'mlstrategies.com', 'mexiconewsreport.com',
            'cargofacts.com', 'thefederal.com', 'merca20.com', 'localnewswave.com', 'dnyuz.com', 'myvalleynews.com', 'wol.com',
            'beyondbordersnews.com', 'snapscope.news', 'ratednews.com', 'newsheadline.online', 'allanwall.info', 'latinamericacurrentevents.com',
            'sofrep.com', 'americanpost.news', 'breezyscroll.com', 'pledgetimes.com', 'newsnationnow.com', 'inkl.com', 'crashoutmedia.com',
            'securengin.fifthestate.nz', 'canada24.co', 'securitynews.spectator.co.nz', 'englishtimes.uk', 'mexicodailypost.news',
            'mexicodailypost.com', 'localbusinessheadlines.com', 'news.jammedup.com', 'laurauhle.net', 'mex.news.o-abroad.com', 'urdupoint.com',
            'news.yahoo.com', 'ntd.com', 'latintimes.com', 'sierraleonemonitor.com', 'ts2.tech', 'scribd.com', 'applemacsupportnumbers.com',
            '20.210.105.67', 'stayingsafeabroad.blogspot.com', 'trendswide.com', 'legistorm.com', 'heinonline.org', 'sofmag.com',
            'politicalemails.org', 'icdev.integ.ro', 'juarez120.rssing.com', 'rmcglobal.com', 'vallartadaily.com', 'naturalearthdata.com',
            'ero-saimin.net', 'docslib.org', 'pubt.io', 'globelivemedia.com', 'breitbart.com', 'carolinajournal.com', 'heraldmailmedia.com',
            'arizonadailyindependent.com', 'primetimesreport.com', 'worldbytenews.com', 'knott.house.gov', 'newsfinale.com', 'theusasentinel.com'}
ES_TLDS = ('.mx', '.es', '.ar', '.cl', '.pe', '.co', '.ec', '.cu', '.ve')
MONTHS = {m: i + 1 for i, m in enumerate(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}


def host_of(url):
    host = urlparse(url).netloc.lower()
    host = host[4:] if host.startswith('www.') else host
    return HOST_ALIASES.get(host, host)


def _real(y, m, d=None):
    import datetime
    try:
        if not (1980 <= y <= 2030 and 1 <= m <= 12):
            return False
        if d is not None:
            datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def date_from_url(url):
    """The publication date a URL states, at the precision it states it; None if it states none."""
    path = urlparse(url).path + ('?' + urlparse(url).query if urlparse(url).query else '')
    pats = [
        (r'/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)', 'ymd'),
        (r'(?:/|^)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:/|$|-)', 'ymd'),
        (r'/((?:19|20)\d\d)/([A-Za-z]{3})/(\d{1,2})/', 'ybd'),
        (r'-((?:19|20)\d\d)(\d\d)(\d\d)-\d{4}\.html', 'ymd'),
        (r'nid(\d\d)(\d\d)((?:19|20)\d\d)', 'dmy'),
        (r'/(\d\d)-(\d\d)-((?:19|20)\d\d)/', 'dmy'),
        (r'/((?:19|20)\d\d)/(\d{1,2})/(?!\d)', 'ym'),
        (r'/Time\d{4}/((?:19|20)\d\d)-(\d\d)-(\d\d)/', 'ymd'),
        (r'/nota/((?:19|20)\d\d)-(\d\d)-(\d\d)/', 'ymd'),
    ]
    for pat, kind in pats:
        m = re.search(pat, path)
        if not m:
            continue
        g = m.groups()
        if kind == 'ymd':
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif kind == 'ybd':
            y, mo, d = int(g[0]), MONTHS.get(g[1].lower()[:3]), int(g[2])
            if mo is None:
                continue
        elif kind == 'dmy':
            d, mo, y = int(g[0]), int(g[1]), int(g[2])
        else:
            y, mo, d = int(g[0]), int(g[1]), None
        if _real(y, mo, d):
            return f'{y:04d}-{mo:02d}' + (f'-{d:02d}' if d else '')
    # A bare year segment in the path, e.g. /noticia/2009/slug
    m = re.search(r'/((?:19|20)\d\d)/[a-z]', path)
    if m and 1980 <= int(m.group(1)) <= 2030:
        return m.group(1)
    return None


class Registry:
    def __init__(self, as_of):
        self.as_of = as_of
        self.by_url = {}
        self.hints = {}
        self.explicit = {}
        self.titles = {}

    def add(self, url, hint=None, date=None, title=None, publisher=None):
        url = url.strip()
        if url not in self.by_url:
            host = host_of(url)
            base = re.sub(r'[^a-z0-9]+', '-', host.split('.')[0] if host.split('.')[0] not in ('en', 'english', 'amp') else host.split('.')[1]).strip('-')
            sid = f'{base}-{hashlib.sha1(url.encode()).hexdigest()[:6]}'
            self.by_url[url] = sid
            self.hints[url] = []
        if hint:
            self.hints[url].append(hint[:10])
        if date:
            self.explicit[url] = date
        if title:
            self.titles[url] = title
        if publisher:
            self.explicit.setdefault(url + '#pub', publisher)
        return self.by_url[url]

    def records(self):
        out, inferred = [], 0
        for url, sid in sorted(self.by_url.items(), key=lambda kv: kv[1]):
            host = host_of(url)
            date = date_from_url(url) or self.explicit.get(url)
            basis = 'published'
            if not date:
                basis = 'cited-fact'
                # No stated date: the year of the newest fact the source is cited for (a lower bound, never a day).
                hs = [h for h in self.hints[url] if h]
                date = max(hs)[:4] if hs else self.as_of[:4]
                inferred += 1
            if date > self.as_of:
                date = self.as_of[:4]
            rec = {'id': sid, 'url': url, 'publisher': self.explicit.get(url + '#pub') or PUBLISHERS.get(host, host)}
            if url in self.titles:
                rec['title'] = self.titles[url]
            rec['date'] = date
            rec['dateBasis'] = basis
            lang = 'es' if (host in ES_HOSTS or host.endswith(ES_TLDS)) and host not in EN_HOSTS else ('en' if host in EN_HOSTS else None)
            if lang:
                rec['language'] = lang
            out.append(rec)
        return out, inferred
