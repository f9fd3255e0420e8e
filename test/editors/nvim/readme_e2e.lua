-- Drives Neovim whose init.lua is the README's Neovim snippet: opens $LSP_TEST_FILE, waits for the client
-- the snippet attached and its diagnostics, hovers ($HOVER_LINE, $HOVER_CHAR), then opens $SECOND_FILE of the
-- same folder, and writes to $OUT which clients served which buffer.
local env = vim.env
local out = { nvim = string.format('%d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch) }
local function finish(ok)
  local handle = io.open(env.OUT, 'w')
  handle:write(vim.fn.json_encode(out))
  handle:close()
  vim.cmd(ok and 'qall!' or 'cquit!')
end
local timeout = tonumber(env.TIMEOUT_MS or '30000')

local function client_ids(bufnr)
  local ids = {}
  for id, _ in pairs(vim.lsp.buf_get_clients(bufnr)) do table.insert(ids, id) end
  table.sort(ids)
  return ids
end

local function open(file)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  if not vim.wait(timeout, function() return #client_ids(bufnr) > 0 end, 50) then
    out.error = 'no client attached to ' .. file .. ' within ' .. timeout .. ' ms (filetype ' .. vim.bo[bufnr].filetype .. ')'
    return nil
  end
  return bufnr
end

local first = open(env.LSP_TEST_FILE)
if not first then return finish(false) end
out.filetype = vim.bo[first].filetype
if not vim.wait(timeout, function() return #vim.diagnostic.get(first) > 0 end, 50) then
  out.error = 'no diagnostics within ' .. timeout .. ' ms'
  return finish(false)
end
out.diagnostic_count = #vim.diagnostic.get(first)

local position = {
  textDocument = vim.lsp.util.make_text_document_params(first),
  position = { line = tonumber(env.HOVER_LINE), character = tonumber(env.HOVER_CHAR) },
}
local hover, hover_error = vim.lsp.buf_request_sync(first, 'textDocument/hover', position, timeout)
out.hover = {}
for _, response in pairs(hover or {}) do
  if response.result then
    local lines = vim.lsp.util.convert_input_to_markdown_lines(response.result.contents)
    table.insert(out.hover, table.concat(vim.lsp.util.trim_empty_lines(lines), '\n'))
  end
end
if hover_error then out.hover_error = tostring(hover_error) end

local second = open(env.SECOND_FILE)
if not second then return finish(false) end
out.first_clients = client_ids(first)
out.second_clients = client_ids(second)
out.clients = {}
for _, client in pairs(vim.lsp.get_active_clients()) do
  table.insert(out.clients, { id = client.id, name = client.name, root_dir = client.config.root_dir })
end
for _, client in pairs(vim.lsp.get_active_clients()) do vim.lsp.stop_client(client.id) end
vim.wait(2000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
finish(#out.hover > 0)
