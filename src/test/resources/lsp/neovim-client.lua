-- Driven by LspNeovimTest: opens a TEI file with Neovim's built-in LSP client configured by
-- docs/editors/teikit.lua, waits for teikit's diagnostics, asks for completion, writes both as JSON.
local out = os.getenv("TEIKIT_OUT")
local expected = tonumber(os.getenv("TEIKIT_EXPECTED_DIAGNOSTICS"))
vim.g.teikit_cmd = vim.fn.json_decode(os.getenv("TEIKIT_CMD"))
vim.cmd("filetype on")
vim.cmd("luafile " .. os.getenv("TEIKIT_CONFIG"))
vim.cmd("edit " .. os.getenv("TEIKIT_DOC"))
local bufnr = vim.api.nvim_get_current_buf()
local result = { filetype = vim.bo[bufnr].filetype }

local ok = vim.wait(120000, function() return #vim.diagnostic.get(bufnr) >= expected end, 100)
result.waited = ok
result.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
                                     message = d.message, source = d.source })
end

local line = tonumber(os.getenv("TEIKIT_COMPLETE_LINE"))
local character = tonumber(os.getenv("TEIKIT_COMPLETE_CHARACTER"))
local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = character } }
local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/completion", params, 60000) or {}
result.completion = {}
for _, response in pairs(responses) do
  local items = response.result and (response.result.items or response.result) or {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
end

local f = assert(io.open(out, "w"))
f:write(vim.fn.json_encode(result))
f:close()
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
vim.cmd("qall!")
