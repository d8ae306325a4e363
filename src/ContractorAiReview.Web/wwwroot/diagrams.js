// Draws the definitions page's Mermaid diagrams. Mermaid (wwwroot/lib/mermaid) is loaded on first use only.
(function () {
    let loading = null;

    function load() {
        loading ??= new Promise((resolve, reject) => {
            const script = document.createElement("script");
            script.src = "lib/mermaid/mermaid.min.js";
            script.onload = () => {
                window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
                resolve(window.mermaid);
            };
            script.onerror = reject;
            document.head.appendChild(script);
        });
        return loading;
    }

    window.carDiagrams = {
        render: async function (diagrams) {
            const mermaid = await load();
            for (const [id, source] of Object.entries(diagrams)) {
                const target = document.getElementById(id);
                if (!target) continue;
                const { svg } = await mermaid.render(id + "-svg", source);
                target.innerHTML = svg;
                target.dataset.rendered = "true";
            }
        }
    };
})();
