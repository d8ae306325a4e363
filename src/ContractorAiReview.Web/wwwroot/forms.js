// The error summary above a form links to each field (a[data-focus="<id>"]): the link moves the focus to the field
// itself, not only the view, so a keyboard or screen-reader user lands where the answer is typed.
document.addEventListener('click', event => {
    const link = event.target instanceof Element ? event.target.closest('a[data-focus]') : null;
    if (!link) {
        return;
    }

    const field = document.getElementById(link.dataset.focus);
    if (field) {
        event.preventDefault();
        field.scrollIntoView({ block: 'center' });
        field.focus({ preventScroll: true });
    }
});
