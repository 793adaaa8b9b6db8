//! The binary Trunk builds. All the work is in the library; `main` runs once when the module
//! is instantiated and the loader (`src/embed/engagement-widget.js`) then mounts instances.

#[cfg(target_arch = "wasm32")]
fn main() {
    engagement_widget::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "engagement-widget runs in the browser: use `scripts/serve.sh` to build and serve it"
    );
}
