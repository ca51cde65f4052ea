import './styles.css';
import { clear, h } from './dom.ts';
import { Router } from './router.ts';
import { articleView, draftView } from './views/article.ts';
import { claimsView } from './views/claims.ts';
import { errorBox } from './views/common.ts';
import { entitiesByNameView, entityView } from './views/entity.ts';
import { homeView } from './views/home.ts';
import { networkView } from './views/network.ts';
import { searchView } from './views/search.ts';
import { timelineView } from './views/timeline.ts';

const router = new Router()
  .add('/', homeView)
  .add('/article/:id', articleView)
  .add('/draft', draftView)
  .add('/search', searchView)
  .add('/network', networkView)
  .add('/timeline', timelineView)
  .add('/claims', claimsView)
  .add('/entity/:id', entityView)
  .add('/entities', entitiesByNameView);

const outlet = document.getElementById('view')!;
let rendering = 0;

function markCurrentNav(hash: string): void {
  const section = hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'articles';
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('nav a[data-nav]')) {
    if (anchor.dataset.nav === section) anchor.setAttribute('aria-current', 'page');
    else anchor.removeAttribute('aria-current');
  }
}

async function render(): Promise<void> {
  const hash = location.hash || '#/';
  const ticket = ++rendering;
  markCurrentNav(hash);
  const route = router.resolve(hash);
  let content: Node;
  try {
    content = route ? await route.view(route.context) : h('p', {}, 'No such page. ', h('a', { href: '#/' }, 'Go to the articles.'));
  } catch (error) {
    content = errorBox(error);
  }
  // A slower earlier navigation must not overwrite a newer one.
  if (ticket !== rendering) return;
  clear(outlet);
  outlet.appendChild(content);
  outlet.setAttribute('data-ready', hash);
}

// The skip link must not change the hash: the hash is the page's address in this app.
document.querySelector('.skip-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  outlet.focus();
});

window.addEventListener('hashchange', () => void render());
void render();
