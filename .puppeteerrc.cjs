// Browsers come from Debian's packages (see scripts/ensure-browsers.sh); never download one.
module.exports = { skipDownload: true };
