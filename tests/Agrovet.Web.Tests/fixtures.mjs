// Answers in the shape of shared/API.md for the services that are not running yet (media, profiles, marketplace),
// so that the screenshots show those pages filled. Used only when the real service answers 502/503.
const now = Date.now();
const ago = (hours) => new Date(now - hours * 3_600_000).toISOString();
const page = (results, query) => {
  const size = Number(query.get('page_size') ?? 20);
  return { count: results.length, next: null, previous: null, results: results.slice(0, size) };
};

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

export function fixtureImage(id) {
  const index = Number(String(id).replace(/\D/g, '')) || 0;
  const shape = Object.values(SHAPES)[index % Object.keys(SHAPES).length];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 240" width="640" height="480"><rect width="320" height="240" fill="${PALETTE[index % PALETTE.length]}"/>${shape}</svg>`;
  return { status: 200, contentType: 'image/svg+xml', body: svg };
}

const seller = { id: 901, username: 'agro_supplies' };
const vet = { id: 902, username: 'dra_mendez' };
const ADS = [
  { id: 101, title: 'Dairy cattle feed, 40 kg sack', price: '28.50', currency: 'USD', stock: 120, category: 'feed', region: 'Cochabamba', media_ids: ['m0', 'm4'], seller, description: 'Balanced ration for lactating cows. 18% protein, with minerals and vitamins.\nDelivery within the region in 48 h.' },
  { id: 102, title: 'Foot-and-mouth vaccine, 50 doses', price: '64.00', currency: 'USD', stock: 3, category: 'veterinary', region: 'Santa Cruz', media_ids: ['m1'], seller: vet, description: 'Keep refrigerated at 2–8 °C.' },
  { id: 103, title: 'Hybrid maize seed, 20 kg', price: '95.00', currency: 'USD', stock: 40, category: 'seeds', region: 'Tarija', media_ids: ['m2'], seller, description: 'High-yield hybrid for warm valleys.' },
  { id: 104, title: 'Used tractor, 75 HP, 2016', price: '18500.00', currency: 'USD', stock: 1, category: 'machinery', region: 'La Paz', media_ids: ['m3'], seller, description: 'Serviced, 3,200 hours.' },
  { id: 105, title: 'Soil analysis and fertilisation plan', price: '120.00', currency: 'USD', stock: 25, category: 'services', region: 'Cochabamba', media_ids: ['m4'], seller: vet, description: 'Sampling visit, lab analysis and a written plan.' },
  { id: 106, title: 'Laying hens, 18 weeks', price: '6.20', currency: 'USD', stock: 0, category: 'livestock', region: 'Oruro', media_ids: ['m5'], seller, description: 'Vaccinated, ready to lay.', status: 'sold_out' },
].map((ad, i) => ({ status: ad.stock > 0 ? 'active' : 'sold_out', created_at: ago(5 + i * 20), updated_at: ago(2 + i), ...ad }));

const PROFILES = {
  specialists: [
    { id: 11, user: vet, display_name: 'Dra. Lucía Méndez', bio: 'Large-animal veterinarian: dairy herds, reproduction and herd health plans.', region: 'Santa Cruz', avatar: 'm6', specialty: 'Large-animal veterinarian', license_number: 'VET-20431', regions_served: ['Santa Cruz', 'Beni'] },
    { id: 12, user: { id: 903, username: 'ing_rojas' }, display_name: 'Ing. Marco Rojas', bio: 'Agronomist, soils and irrigation.', region: 'Cochabamba', avatar: null, specialty: 'Soil agronomist', license_number: 'AGR-1177', regions_served: ['Cochabamba'] },
    { id: 13, user: { id: 904, username: 'vet_quispe' }, display_name: 'Dr. Ana Quispe', bio: 'Poultry health and biosecurity.', region: 'La Paz', avatar: 'm6', specialty: 'Poultry veterinarian', license_number: 'VET-8890', regions_served: ['La Paz', 'Oruro'] },
  ],
  businessmen: [{ id: 21, user: seller, display_name: 'Agro Supplies Ltd.', bio: 'Feed, seed and tools since 1998.', region: 'Cochabamba', avatar: null, company: 'Agro Supplies Ltd.', tax_id: '1029384756' }],
  consumers: [{ id: 31, user: { id: 905, username: 'finca_sol' }, display_name: 'Finca El Sol', bio: 'Family dairy farm.', region: 'Tarija', avatar: null, farm_type: 'Dairy', herd_size: 45 }],
};
for (const list of Object.values(PROFILES)) for (const p of list) p.created_at = ago(400);

function orders(me) {
  const buyer = { id: me?.id ?? 1, username: me?.username ?? 'you' };
  return [
    { id: 5001, ad: { id: 101, title: ADS[0].title }, quantity: 4, unit_price: '28.50', total: '114.00', currency: 'USD', status: 'placed', buyer, seller, created_at: ago(3) },
    { id: 4990, ad: { id: 103, title: ADS[2].title }, quantity: 2, unit_price: '95.00', total: '190.00', currency: 'USD', status: 'shipped', buyer, seller, created_at: ago(50) },
    { id: 4870, ad: { id: 105, title: ADS[4].title }, quantity: 1, unit_price: '120.00', total: '120.00', currency: 'USD', status: 'completed', buyer, seller: vet, created_at: ago(300) },
  ];
}

const json = (body, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });

/** The answer the contract promises for this request, or null to let the real (failed) answer through. */
export function fixtureFor(method, url, me) {
  const { pathname, searchParams: query } = new URL(url);
  let m;
  if ((m = pathname.match(/^\/api\/media\/([^/]+)\/content\/?$/))) return fixtureImage(m[1]);
  if (method === 'POST' && pathname.match(/^\/api\/media\/?$/)) return json({ id: 'm7', url: '/api/media/m7/content', content_type: 'image/svg+xml', size: 2048, width: 640, height: 480 }, 201);
  if (pathname.match(/^\/api\/adds\/?$/)) {
    let list = ADS;
    if (query.get('category')) list = list.filter((a) => a.category === query.get('category'));
    if (query.get('seller')) list = list.filter((a) => String(a.seller.id) === query.get('seller'));
    return json(page(list, query));
  }
  if ((m = pathname.match(/^\/api\/adds\/(\d+)\/?$/))) {
    const ad = ADS.find((a) => String(a.id) === m[1]);
    return ad ? json(ad) : json({ title: 'Not found', status: 404, detail: `No ad has id ${m[1]}.` }, 404);
  }
  if (pathname.match(/^\/api\/orders\/?$/)) return json(page(orders(me), query));
  if ((m = pathname.match(/^\/api\/orders\/(\d+)\/?$/))) {
    const order = orders(me).find((o) => String(o.id) === m[1]);
    return order ? json(order) : json({ title: 'Not found', status: 404 }, 404);
  }
  if ((m = pathname.match(/^\/api\/profiles\/(specialists|businessmen|consumers)\/?$/))) {
    let list = PROFILES[m[1]];
    if (query.get('user')) list = list.filter((p) => String(p.user.id) === query.get('user'));
    return json(page(list, query));
  }
  if ((m = pathname.match(/^\/api\/profiles\/(specialists|businessmen|consumers)\/(\d+)\/?$/))) {
    const profile = PROFILES[m[1]].find((p) => String(p.id) === m[2]);
    return profile ? json(profile) : json({ title: 'Not found', status: 404 }, 404);
  }
  return null;
}
