const posts = await fetch('/feed.json').then((r) => r.json());
document.querySelectorAll('.post a').forEach(function (el, i) {
  el.addEventListener('click', (e) => { e.preventDefault(); console.log(`clicked ${i}`, /x+/g.test(el.href)); });
});
export default { name: 'blog', count: posts.length ?? 0 };
