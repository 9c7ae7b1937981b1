export default function AnnotateLoading() {
  return (
    <div className="workspace" aria-busy="true">
      <div className="workspace-bar"><div className="skeleton" style={{ width: 320 }} /></div>
      <div className="workspace-grid">
        <div className="reading-cols">
          <div className="pane scratchpad"><header>Scratchpad</header><div className="pane-body stack">{[90, 75, 85, 60].map((w) => <div key={w} className="skeleton" style={{ width: `${w}%` }} />)}</div></div>
          <div className="pane output"><header>Final output</header><div className="pane-body stack">{[80, 65].map((w) => <div key={w} className="skeleton" style={{ width: `${w}%` }} />)}</div></div>
        </div>
        <aside className="label-panel"><div className="skeleton" style={{ height: 300 }} /></aside>
      </div>
    </div>
  )
}
