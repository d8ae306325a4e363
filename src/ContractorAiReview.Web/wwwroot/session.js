// The end of a session, as the person sees it (SessionLifetime on the server decides; this only warns in time):
// - use (a key, a click, a touch, the wheel) keeps the session going: an open page makes no requests of its own, so on
//   use a light request, at most once a minute, renews the sign-in cookie;
// - the warning appears a few minutes before the session ends for lack of use or at its absolute end;
// - at the end, open forms save their drafts (they register through carSession.register), then the person is signed
//   out and sees why on the sign-in page.
(() => {
    const box = document.getElementById('session-warning');
    if (!box) {
        window.carSession = { register: () => {}, unregister: () => {} };
        return;
    }

    const idleMs = Number(box.dataset.idleSeconds) * 1000;
    const warningMs = Number(box.dataset.warningSeconds) * 1000;
    const absoluteEnd = Number(box.dataset.absoluteEnd);
    const text = document.getElementById('session-warning-text');
    const keepGoing = document.getElementById('session-continue');
    const savers = new Set();
    let lastRenewal = Date.now();
    let ending = false;

    window.carSession = {
        register: form => savers.add(form),
        unregister: form => savers.delete(form),
    };

    const renew = () => {
        lastRenewal = Date.now();
        fetch('account/session', { credentials: 'same-origin', cache: 'no-store' }).catch(() => {});
    };

    const used = () => {
        if (Date.now() - lastRenewal > 60_000 || !box.hidden) {
            renew();
        }
    };

    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
        document.addEventListener(type, used, { passive: true, capture: true });
    }

    keepGoing.addEventListener('click', () => {
        used();
        renew();
        box.hidden = true;
    });

    const show = reason => {
        text.textContent = text.dataset[reason];
        if (box.hidden) {
            box.hidden = false;
            keepGoing.hidden = reason !== 'idle';
            (reason === 'idle' ? keepGoing : box).focus();
        }
    };

    const end = async reason => {
        ending = true;
        // A field still being typed in hands its text over when it loses focus; then each open form saves what was
        // typed since its last autosave. A form that does not answer in time is left.
        document.activeElement?.blur();
        const saved = Promise.all([...savers].map(form => form.invokeMethodAsync('SaveDraftBeforeSignOut').catch(() => {})));
        await Promise.race([saved, new Promise(resolve => setTimeout(resolve, 5000))]);
        document.getElementById('session-end-reason').value = reason;
        document.getElementById('session-end').submit();
    };

    setInterval(() => {
        if (ending) {
            return;
        }

        // The server counts idle time from the last request (the last renewal), so the page does too, and ends a few
        // seconds early: the sign-out must still find the session there.
        const now = Date.now();
        const idleEnd = lastRenewal + idleMs;
        const reason = absoluteEnd <= idleEnd ? 'expired' : 'idle';
        const endsAt = Math.min(idleEnd, absoluteEnd) - 5000;
        if (now >= endsAt) {
            end(reason);
        } else if (now >= endsAt - warningMs) {
            show(reason);
        } else if (!box.hidden) {
            box.hidden = true;
        }
    }, 1000);
})();
