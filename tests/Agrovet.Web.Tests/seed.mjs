// Demo data for the screenshots (and for looking around): people with profiles and avatars, ads with photos and
// orders in every state, made through the public API of the running platform as people would make them.
// Repeatable: the same people every time; what exists already is left as it is.
//   AGROVET_URL=http://127.0.0.1:8080 node seed.mjs
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { BASE_URL, launchBrowser, PASSWORD } from './support.mjs';

const PALETTE = ['#6a9a4b', '#c99a3b', '#4f7f9a', '#8a5a3b', '#5b8f6a', '#a8673e', '#3f6f4f', '#b38b2e'];
const SHAPES = {
  sack: '<path d="M110 70h100l20 40v110a20 20 0 0 1-20 20H110a20 20 0 0 1-20-20V110z" fill="#f3e3bf"/><path d="M120 60h80v20h-80z" fill="#d9c08a"/>',
  vial: '<rect x="140" y="60" width="40" height="160" rx="14" fill="#e9f2f7"/><rect x="140" y="130" width="40" height="90" rx="10" fill="#9cc6dc"/><rect x="132" y="50" width="56" height="18" rx="4" fill="#51697a"/>',
  corn: '<ellipse cx="160" cy="140" rx="38" ry="85" fill="#f2c744"/><path d="M160 240c-50-30-70-90-60-140 20 40 40 70 60 140zm0 0c50-30 70-90 60-140-20 40-40 70-60 140z" fill="#6ea34a"/>',
  tractor: '<rect x="90" y="110" width="120" height="60" rx="8" fill="#c0392b"/><rect x="170" y="80" width="50" height="50" rx="6" fill="#e8ecef"/><circle cx="120" cy="190" r="34" fill="#2d2d2d"/><circle cx="215" cy="200" r="22" fill="#2d2d2d"/>',
  leaf: '<path d="M160 240c0-90 40-140 110-170-10 90-50 140-110 170zm0 0c0-60-30-100-90-120 0 60 30 100 90 120z" fill="#e4f1e0"/>',
  hen: '<ellipse cx="160" cy="160" rx="70" ry="55" fill="#f6efe4"/><circle cx="215" cy="110" r="28" fill="#f6efe4"/><path d="M240 110l20 8-20 8z" fill="#e0a100"/><path d="M205 80q10-20 20 0z" fill="#c0392b"/>',
  person: '<circle cx="160" cy="120" r="48" fill="#f3ede2"/><path d="M80 260c0-50 36-80 80-80s80 30 80 80z" fill="#f3ede2"/>',
};

/** Flat-colour pictures drawn as SVG and photographed by the browser as JPEG (the media service takes JPEG/PNG/GIF/WebP). */
async function picture(page, shape, colour, { width = 640, height = 480 } = {}) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${shape === 'person' ? '0 0 320 320' : '0 0 320 240'}" width="${width}" height="${height}" preserveAspectRatio="xMidYMid slice"><rect width="320" height="320" fill="${colour}"/>${SHAPES[shape]}</svg>`;
  await page.setViewportSize({ width, height });
  await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
  return page.screenshot({ type: 'jpeg', quality: 85 });
}

const SELLERS = [
  {
    username: 'agro_supplies', role: 'businessman', kind: 'businessmen', avatar: ['leaf', '#3f6f4f'],
    profile: { display_name: 'Agro Supplies Ltd.', bio: 'Feed, seed and tools for farms in the valleys since 1998. Delivery within the region in 48 h.', region: 'BO-C', company: 'Agro Supplies Ltd.', tax_id: '1029384756' },
  },
  {
    username: 'dra_mendez', role: 'specialist', kind: 'specialists', avatar: ['person', '#4f7f9a'],
    profile: { display_name: 'Dra. Lucía Méndez', bio: 'Large-animal veterinarian: dairy herds, reproduction and herd health plans.', region: 'BO-S', specialty: 'Large-animal veterinarian', license_number: 'VET-20431', regions_served: ['BO-S', 'BO-B'] },
  },
];
const PEOPLE = [
  ...SELLERS,
  {
    username: 'ing_rojas', role: 'specialist', kind: 'specialists', avatar: ['person', '#8a5a3b'],
    profile: { display_name: 'Ing. Marco Rojas', bio: 'Agronomist: soils, irrigation and fertilisation plans.', region: 'BO-C', specialty: 'Soil agronomist', license_number: 'AGR-1177', regions_served: ['BO-C'] },
  },
  {
    username: 'vet_quispe', role: 'specialist', kind: 'specialists', avatar: ['person', '#b38b2e'],
    profile: { display_name: 'Dra. Ana Quispe', bio: 'Poultry health and biosecurity for small and large flocks.', region: 'BO-L', specialty: 'Poultry veterinarian', license_number: 'VET-8890', regions_served: ['BO-L', 'BO-O'] },
  },
  {
    username: 'finca_sol', role: 'consumer', kind: 'consumers', avatar: ['hen', '#c99a3b'],
    profile: { display_name: 'Finca El Sol', bio: 'Family dairy farm with a small laying flock.', region: 'BO-T', farm_type: 'Dairy', herd_size: 45 },
  },
];

const ADS = [
  { seller: 'agro_supplies', photos: [['sack', '#6a9a4b'], ['leaf', '#5b8f6a']], title: 'Dairy cattle feed, 40 kg sack', price: '28.50', stock: 120, category: 'feed/concentrates', region: 'BO-C', description: 'Balanced ration for lactating cows. 18% protein, with minerals and vitamins.\nDelivery within the region in 48 h.' },
  { seller: 'dra_mendez', photos: [['vial', '#c99a3b']], title: 'Foot-and-mouth vaccine, 50 doses', price: '64.00', stock: 8, category: 'veterinary/vaccines', region: 'BO-S', description: 'Keep refrigerated at 2–8 °C. Applied on your farm on request.' },
  { seller: 'agro_supplies', photos: [['corn', '#4f7f9a']], title: 'Hybrid maize seed, 20 kg', price: '95.00', stock: 40, category: 'seeds/cereals', region: 'BO-T', description: 'High-yield hybrid for warm valleys. 90% germination.' },
  { seller: 'agro_supplies', photos: [['tractor', '#8a5a3b']], title: 'Used tractor, 75 HP, 2016', price: '18500.00', stock: 1, category: 'machinery/tractors', region: 'BO-L', description: 'Serviced, 3,200 hours, new rear tyres.' },
  { seller: 'dra_mendez', photos: [['leaf', '#5b8f6a']], title: 'Herd health visit and plan', price: '120.00', stock: 25, category: 'services/veterinary-visits', region: 'BO-S', description: 'A farm visit, checks of the whole herd and a written health plan.' },
  { seller: 'agro_supplies', photos: [['hen', '#a8673e']], title: 'Laying hens, 18 weeks', price: '6.20', stock: 60, category: 'livestock/poultry', region: 'BO-O', description: 'Vaccinated, ready to lay.' },
];

async function call(path, { method = 'GET', body, token, headers = {}, expect = [] } = {}) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { ...(body instanceof FormData || body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body: body === undefined || body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text ? JSON.parse(text) : null;
    // Sign-ins are rate limited per address; wait as told.
    if (response.status === 429 && attempt < 10) {
      await new Promise((resolve) => setTimeout(resolve, (Number(response.headers.get('retry-after')) || 5) * 1000));
      continue;
    }
    // A photo uploaded a moment ago reaches the marketplace through an event.
    if (response.status === 400 && data?.errors?.media_ids && attempt < 10) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      continue;
    }
    if (!response.ok && !expect.includes(response.status)) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return { status: response.status, data };
  }
}

async function signInOrRegister(username, role) {
  let login = await call('/api/auth/login/', { method: 'POST', body: { username, password: PASSWORD }, expect: [401] });
  if (login.status === 401) {
    await call('/api/auth/register/', { method: 'POST', body: { username, email: `${username}@example.com`, password: PASSWORD, role } });
    login = await call('/api/auth/login/', { method: 'POST', body: { username, password: PASSWORD } });
  }
  const pair = login.data;
  return { access: pair.access, refresh: pair.refresh, expiresAt: Date.now() + pair.expires_in * 1000, user: pair.user };
}

async function upload(token, image, name, purpose) {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', new Blob([image], { type: 'image/jpeg' }), name);
  return (await call('/api/media/', { method: 'POST', body: form, token })).data;
}

/** Seeds what is missing; answers with the sessions and objects the screenshots show. */
export async function seedDemo(browser) {
  const painter = await (await browser.newContext()).newPage();
  const sessions = {};
  const profiles = {};
  try {
    for (const person of PEOPLE) {
      const session = await signInOrRegister(person.username, person.role);
      sessions[person.username] = session;
      const mine = await call(`/api/profiles/${person.kind}/me/`, { token: session.access, expect: [404] });
      if (mine.status === 200) {
        profiles[person.username] = mine.data;
        continue;
      }
      const avatar = await upload(session.access, await picture(painter, person.avatar[0], person.avatar[1], { width: 320, height: 320 }), `${person.username}.jpg`, 'avatar');
      profiles[person.username] = (await call(`/api/profiles/${person.kind}/`, { method: 'POST', token: session.access, body: { ...person.profile, avatar: avatar.id } })).data;
    }

    const ads = [];
    for (const [index, ad] of ADS.entries()) {
      const seller = sessions[ad.seller];
      const listed = (await call(`/api/adds/?seller=${seller.user.id}&page_size=100`, { token: seller.access })).data.results;
      let existing = listed.find((a) => a.title === ad.title);
      if (!existing) {
        const media_ids = [];
        for (const [n, [shape, colour]] of ad.photos.entries()) {
          media_ids.push((await upload(seller.access, await picture(painter, shape, colour), `ad-${index + 1}-${n + 1}.jpg`, 'ad_photo')).id);
        }
        const { seller: _, photos: __, ...fields } = ad;
        existing = (await call('/api/adds/', { method: 'POST', token: seller.access, body: { ...fields, currency: 'USD', media_ids } })).data;
      }
      ads.push(existing);
    }

    // The farmer's orders: one placed, one shipped, one completed.
    const buyer = sessions.finca_sol;
    const bought = (await call('/api/orders/?role=buyer&page_size=100', { token: buyer.access })).data;
    if (bought.count === 0) {
      const buy = async (ad, quantity) => (await call(`/api/adds/${ad.id}/purchase/`, { method: 'POST', token: buyer.access, body: { quantity }, headers: { 'Idempotency-Key': randomUUID() } })).data;
      const step = async (order, action, session) => call(`/api/orders/${order.id}/${action}/`, { method: 'POST', token: session.access });
      const completed = await buy(ads[4], 1);
      await step(completed, 'ship', sessions.dra_mendez);
      await step(completed, 'complete', buyer);
      await step(await buy(ads[2], 2), 'ship', sessions.agro_supplies);
      await buy(ads[0], 4);
    }

    // The forum: a community of the vet's, the farmer's question, two answers and votes.
    const vet = sessions.dra_mendez;
    const communities = (await call('/api/foro/communities/?page_size=100')).data.results;
    let community = communities.find((c) => c.name === 'Sanidad bovina');
    community ??= (await call('/api/foro/communities/', {
      method: 'POST', token: vet.access,
      body: { name: 'Sanidad bovina', description: 'Preguntas de salud del ganado: terneros, vacas lecheras, vacunas y parásitos.', rules: 'Con respeto. Ante una urgencia, llame a su veterinario.' },
    })).data;
    const question = 'Diarrea en terneros de dos semanas';
    let post = (await call(`/api/foro/posts/?community=${community.slug}&sort=new&page_size=100`)).data.results.find((p) => p.title === question);
    if (!post) {
      post = (await call('/api/foro/posts/', {
        method: 'POST', token: buyer.access,
        body: { community: community.slug, title: question, body: 'Tres terneros de la misma camada tienen **diarrea amarilla** desde ayer y toman menos leche.\n\n¿Qué hago mientras llega el veterinario?' },
      })).data;
      const answer = (await call(`/api/foro/posts/${post.id}/comments/`, {
        method: 'POST', token: vet.access,
        body: { body: 'Sepárelos y deles **sales de rehidratación oral** cada 6 horas, sin quitarles la leche. Si hay fiebre o sangre, llámeme.' },
      })).data;
      await call(`/api/foro/posts/${post.id}/comments/`, {
        method: 'POST', token: sessions.ing_rojas.access, body: { body: 'Revise también el agua y la limpieza de los baldes.', parent_id: answer.id },
      });
      for (const voter of [sessions.ing_rojas, sessions.vet_quispe, sessions.agro_supplies]) {
        await call(`/api/foro/posts/${post.id}/react/`, { method: 'POST', token: voter.access, body: { value: 1 } });
        await call(`/api/foro/comments/${answer.id}/react/`, { method: 'POST', token: voter.access, body: { value: 1 } });
      }
    }

    // The chat: the farmer asks the supplier about the feed from its ad.
    const supplier = sessions.agro_supplies;
    const room = (await call('/api/chat/rooms/', { method: 'POST', token: buyer.access, body: { kind: 'ad', ad_id: ads[0].id } })).data;
    const history = (await call(`/api/chat/rooms/${room.id}/messages/`, { token: buyer.access })).data;
    if ((history.results ?? []).length === 0) {
      await call(`/api/chat/rooms/${room.id}/messages/`, { method: 'POST', token: buyer.access, body: { body: '¿Me lo pueden llevar a la finca el jueves? Son 4 sacos.' } });
      await call(`/api/chat/rooms/${room.id}/messages/`, { method: 'POST', token: supplier.access, body: { body: 'Sí, el jueves por la mañana. ¿Me confirma la dirección?' } });
    }
    return { sessions, profiles, ads, forum: { community, post }, chatRoom: room };
  } finally {
    await painter.context().close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const browser = await launchBrowser();
  try {
    const { profiles, ads } = await seedDemo(browser);
    for (const [username, profile] of Object.entries(profiles)) console.log(`${username.padEnd(14)} profile ${profile.kind}/${profile.id}`);
    for (const ad of ads) console.log(`ad ${String(ad.id).padEnd(5)} ${ad.title}`);
    console.log(`✓ demo data ready; every demo password is ${PASSWORD}`);
  } finally {
    await browser.close();
  }
}
