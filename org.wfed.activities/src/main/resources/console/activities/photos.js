// Photos of an activity or a contest nominee: thumbnails (served only to those who may see the record) and,
// for those who may manage it, an upload of JPG/PNG files (at most 5 MB each).


export async function photoPanel(ctx, owner, ownerId, title) {
  const {t} = ctx;
  const h = ctx.h;
  const box = h('div', {class: 'card'});
  const draw = async () => {
    let photos;
    try { photos = await ctx.api.get(`activities/photos?owner=${owner}&ownerId=${ownerId}`); } catch (err) { ctx.showError(err); return; }
    const file = h('input', {type: 'file', accept: 'image/jpeg,image/png', multiple: 'multiple'});
    const upload = async () => {
      try {
        const me = await ctx.api.get('auth/me');
        for (const f of file.files) {
          const r = await fetch(`/api/activities/photos?owner=${owner}&ownerId=${ownerId}&caption=${encodeURIComponent(f.name)}`,
            {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': f.type || 'application/octet-stream', 'X-CSRF-Token': me.csrfToken}, body: f});
          if (!r.ok) {
            const body = await r.json().catch(() => ({message: t('上传失败', 'Upload failed')}));
            const err = new Error(body.message);
            err.body = body;
            throw err;
          }
        }
        ctx.notify(t('照片已上传', 'Uploaded'));
        await draw();
      } catch (err) { ctx.showError(err); }
    };
    const remove = async p => {
      if (!confirm(t('删除这张照片？', 'Delete this photo?'))) return;
      try { await ctx.api.del(`activities/photos/${p.id}`); await draw(); } catch (err) { ctx.showError(err); }
    };
    box.textContent = '';
    box.append(h('h3', {}, `${title} · ${t('照片', 'Photos')}（${photos.length}）`),
      h('div', {class: 'photos'}, ...photos.map(p => h('figure', {},
        h('a', {href: `/api/activities/photos/${p.id}`, target: '_blank'},
          h('img', {src: `/api/activities/photos/${p.id}`, alt: p.caption || ''})),
        h('figcaption', {class: 'muted'}, p.caption || '',
          ctx.can('activities.manage') ? h('button', {class: 'btn danger', onclick: () => remove(p)}, '×') : null)))),
      ctx.can('activities.manage') ? h('div', {class: 'toolbar'}, file,
        h('button', {class: 'btn primary', onclick: upload}, t('上传照片', 'Upload'))) : null,
      h('p', {class: 'muted'}, t('仅限JPG、PNG格式，每张不超过5MB。', 'JPG or PNG, up to 5 MB each.')));
  };
  await draw();
  return box;
}
